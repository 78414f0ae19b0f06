"""The generated and reference pages of docs/ stay true to the code.

- docs/data-model.md is what scripts/gen_schema_doc.py makes of
  docs/report.schema.json (run the script to refresh it);
- docs/diagnostics.md has a section for every diagnostic code of the Rust
  enum `DiagnosticCode` (as the package and the schema list it), and no other.
"""

import json
import re
import subprocess
import sys

import lawreport

from conftest import ROOT

DOCS = ROOT / "docs"


def test_data_model_page_is_fresh():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_schema_doc.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_data_model_page_names_every_field():
    schema = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
    page = (DOCS / "data-model.md").read_text(encoding="utf-8")
    for name in list(schema["properties"]) + [
        f for d in schema["$defs"].values() for f in d.get("properties", {})
    ]:
        assert "| `%s` |" % name in page, name


def rust_diagnostic_codes():
    """The variants of `enum DiagnosticCode` in model.rs, as snake_case."""
    source = (ROOT / "crates" / "lawreport" / "src" / "model.rs").read_text(encoding="utf-8")
    body = re.search(r"pub enum DiagnosticCode \{(.*?)\n\}", source, re.S).group(1)
    variants = re.findall(r"^\s*([A-Z][A-Za-z]*),", body, re.M)
    return [re.sub(r"(?<!^)([A-Z])", r"_\1", v).lower() for v in variants]


def documented_codes():
    page = (DOCS / "diagnostics.md").read_text(encoding="utf-8")
    return re.findall(r"^### `([a-z_]+)`", page, re.M)


def test_every_diagnostic_code_is_documented():
    codes = rust_diagnostic_codes()
    assert len(codes) == 12
    assert sorted(codes) == sorted(lawreport.DIAGNOSTIC_CODES)
    schema = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
    assert sorted(v["const"] for v in schema["$defs"]["DiagnosticCode"]["oneOf"]) == sorted(codes)
    documented = documented_codes()
    assert sorted(documented) == sorted(codes), "docs/diagnostics.md: %s" % (
        set(codes) ^ set(documented)
    )
