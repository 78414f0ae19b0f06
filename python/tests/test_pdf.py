"""PDFs through the Python API: parse_file, parse_bytes and parse_many read
the fixture PDFs (tests/fixtures/pdf, made by scripts/make_pdf_fixtures.py)
like their texts, and the PDFs that cannot be read raise ParseError with the
reason."""

import pytest

import lawreport
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
PDF = FIXTURES / "pdf"

PAIRS = [
    ("numbered.pdf", "district-full.txt"),
    ("headers.pdf", "leadership-after-problems.txt"),
    ("two-line-title.pdf", "missing-parts.txt"),
    ("street.pdf", "street-broken.txt"),
]


def essence(report):
    return (
        report.year,
        [s.kind for s in report.sections],
        [(s.value, s.unit) for s in report.statistics],
    )


@pytest.mark.parametrize("pdf,text", PAIRS)
def test_parse_file_reads_a_pdf_like_its_text(pdf, text):
    got = lawreport.parse_file(PDF / pdf)
    want = lawreport.parse((FIXTURES / text).read_text(encoding="utf-8"))
    assert essence(got) == essence(want)
    assert got.path == str(PDF / pdf)


def test_parse_bytes_sniffs_a_pdf():
    data = (PDF / "numbered.pdf").read_bytes()
    report = lawreport.parse_bytes(data)
    assert report.year == 2023
    assert "- 2 -" not in report.text
    for s in report.statistics:
        assert report.text[s.span[0] : s.span[1]] == s.raw


def test_parse_many_mixes_pdfs_and_errors(tmp_path):
    paths = [PDF / p for p, _ in PAIRS] + [PDF / "scanned.pdf", PDF / "encrypted.pdf"]
    results = lawreport.parse_many(paths, threads=2)
    assert all(isinstance(r, lawreport.Report) for r in results[:4])
    scanned, encrypted = results[4:]
    assert isinstance(scanned, lawreport.ParseError)
    assert "no text layer: scanned PDF, run OCR first" in str(scanned)
    assert isinstance(encrypted, lawreport.ParseError)
    assert "encrypted" in str(encrypted)
    assert len(lawreport.parse_many(paths, errors="skip")) == 4


def test_unreadable_pdfs_raise_parse_error():
    with pytest.raises(lawreport.ParseError, match="run OCR first"):
        lawreport.parse_file(PDF / "scanned.pdf")
    with pytest.raises(lawreport.ParseError, match="broken PDF"):
        lawreport.parse_bytes(b"%PDF-1.7\n%\xe2\xe3")
