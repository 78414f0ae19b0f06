//! Table-driven tests of the resolver (invented examples).
