#!/usr/bin/env python3
"""Make PDFs from plain-text reports, laid out like the PDFs that government
sites publish: A4, 公文 margins, 16 pt body (CJK serif, digits and Latin in a
Latin serif, so the two come out as separate text runs as in real files),
first-line indents, optional running header, page numbers in the footer.

Needs LibreOffice (`soffice`) and a CJK font; on Debian:

    apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils img2pdf

Two uses:

    python3 scripts/make_pdf_fixtures.py            # the committed fixtures in tests/fixtures/pdf/
    python3 scripts/make_pdf_fixtures.py --corpus SRC_DIR OUT_DIR [--style numbered]
                                                    # every SRC_DIR/*.txt to OUT_DIR/*.pdf

The fixtures (see tests/fixtures/pdf/README.md) are made from the fixture
texts in tests/fixtures/; corpus PDFs go to a scratch folder only: corpus
texts never enter the repository. LibreOffice embeds only the glyphs used
(subset fonts), which keeps each PDF small.
"""

import argparse
import html
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
OUT = os.path.join(FIXTURES, "pdf")

SERIF = "Noto Serif CJK SC"  # OpenType/CFF: LibreOffice embeds a Type 1 subset
TRUETYPE = "WenQuanYi Micro Hei"  # TrueType: embedded as a CID font, Identity-H

# name: (source text, style, title lines set large and centred, CJK font)
FIXTURE_SET = {
    # Three pages, footer "- N -".
    "numbered": ("district-full.txt", "numbered", 0, SERIF),
    # Running header on every page, footer "第N页 共M页", a TrueType CID font.
    "headers": ("leadership-after-problems.txt", "headers", 0, TRUETYPE),
    # A 22 pt title that the page width breaks over two lines, footer "N/M".
    "two-line-title": ("missing-parts.txt", "slash", 1, SERIF),
    # Page numbers and a title already written on two lines.
    "street": ("street-broken.txt", "numbered", 2, TRUETYPE),
}

STYLES = {
    "plain": (None, None),
    "numbered": (None, "dash"),
    "headers": ("某某区人民政府办公室文件", "of"),
    "slash": (None, "slash"),
    "plain_of": (None, "of"),
}


def footer_xml(kind):
    page = '<text:page-number text:select-page="current">1</text:page-number>'
    count = "<text:page-count>1</text:page-count>"
    if kind == "dash":
        return f"- {page} -"
    if kind == "of":
        return f"第{page}页 共{count}页"
    if kind == "slash":
        return f"{page}/{count}"
    return None


def fodt(lines, style, title_lines, cjk_font=SERIF):
    header, footer = STYLES[style]
    foot = footer_xml(footer)
    master = ""
    if header:
        master += f'<style:header><text:p text:style-name="Hd">{html.escape(header)}</text:p></style:header>'
    if foot:
        master += f'<style:footer><text:p text:style-name="Ft">{foot}</text:p></style:footer>'
    body = []
    for i, line in enumerate(lines):
        st = "Ti" if i < title_lines else "Bd"
        body.append(f'<text:p text:style-name="{st}">{html.escape(line)}</text:p>')
    text_props = (
        'style:font-name="DejaVu Serif" style:font-name-asian="CJK" '
        'fo:font-size="{s}pt" style:font-size-asian="{s}pt"'
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="CJK" svg:font-family="'{cjk_font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Bd" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="32pt" fo:line-height="28pt" fo:text-align="justify"/>
  <style:text-properties {text_props.format(s=16)}/>
 </style:style>
 <style:style style:name="Ti" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:line-height="36pt" fo:margin-bottom="12pt"/>
  <style:text-properties {text_props.format(s=22)}/>
 </style:style>
 <style:style style:name="Hd" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties {text_props.format(s=10.5)}/>
 </style:style>
 <style:style style:name="Ft" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties {text_props.format(s=14)}/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"
   fo:margin-top="25mm" fo:margin-bottom="20mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="6mm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="6mm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">{master}</style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body>
</office:document>
"""


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read().replace("\r\n", "\n").replace("\r", "\n")
    return [l.strip() for l in text.split("\n") if l.strip()]


def convert(fodt_dir, out_dir):
    """One soffice run for the whole folder: it is slow to start."""
    files = sorted(os.path.join(fodt_dir, f) for f in os.listdir(fodt_dir) if f.endswith(".fodt"))
    if not files:
        return
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir, *files],
            check=True, stdout=subprocess.DEVNULL,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def scanned(source_pdf, out_pdf):
    """Page 1 of `source_pdf` as a grey image in a PDF: no text layer."""
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.join(tmp, "page")
        subprocess.run(["pdftoppm", "-r", "72", "-gray", "-jpeg", "-jpegopt", "quality=40",
                        "-f", "1", "-l", "1", "-singlefile", source_pdf, stem], check=True)
        subprocess.run(["img2pdf", "--output", out_pdf, stem + ".jpg"], check=True)


def write_pdf(objects, out_pdf, header=b"%PDF-1.4\n"):
    """Write `objects` (object bodies, numbered from 1; the first is the
    catalog) as a PDF file with its cross-reference table."""
    out = bytearray(header)
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(out_pdf, "wb") as f:
        f.write(out)


def predefined_cmap_pdf(lines, out_pdf):
    """A PDF written by hand whose font is not embedded and whose text is
    coded through a predefined CMap (UniGB-UCS2-H: two-byte UCS-2 codes,
    Adobe-GB1 CIDs), as older Chinese PDF tools make them: no ToUnicode, so
    an extractor has to know the CMap. One page: the first paragraphs."""
    # 12 pt, 40 characters a line from x = 60, paragraphs indented two
    # characters: broken at the page width as a typesetter would.
    ops = ["BT", "/F1 12 Tf"]
    y = 780
    for line in lines[:20]:
        chars = [c for c in line if ord(c) < 0x10000]
        first = True
        while chars and y > 60:
            width = 38 if first else 40
            chunk, chars = chars[:width], chars[width:]
            code = "".join(f"{ord(c):04X}" for c in chunk)
            ops.append(f"1 0 0 1 {84 if first else 60} {y} Tm <{code}> Tj")
            first = False
            y -= 18
    ops.append("ET")
    content = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
        b"/FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 880 /StemV 93 >>",
    ]
    write_pdf(objects, out_pdf, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def encrypted(source_pdf, out_pdf):
    """`source_pdf` locked with a user password (AES-256), as some sites
    publish them."""
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", source_pdf, out_pdf],
                   check=True)


def bomb(out_pdf):
    """A one-page PDF whose content stream inflates from ~50 KB to 50 MB of
    spaces: a decompression bomb that a reader must cap, not swallow."""
    import zlib

    data = zlib.compress(b" " * (50 * 1024 * 1024), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    write_pdf(objects, out_pdf)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", nargs=2, metavar=("SRC_DIR", "OUT_DIR"))
    ap.add_argument("--style", default="mixed", choices=sorted(STYLES) + ["mixed"],
                    help="page furniture of corpus PDFs; mixed: footers - N -, 第N页 共M页, N/M in turn")
    ap.add_argument("--hand-written-only", action="store_true",
                    help="remake only the PDFs written without LibreOffice (CMap, encrypted, bomb)")
    args = ap.parse_args()
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            src, out = args.corpus
            os.makedirs(out, exist_ok=True)
            names = sorted(n for n in os.listdir(src) if n.endswith(".txt"))
            cycle = ["numbered", "plain_of", "slash"]
            for i, name in enumerate(names):
                style = cycle[i % 3] if args.style == "mixed" else args.style
                lines = read_lines(os.path.join(src, name))
                with open(os.path.join(tmp, name[:-4] + ".fodt"), "w", encoding="utf-8") as f:
                    f.write(fodt(lines, style, 0))
            convert(tmp, out)
            return
        os.makedirs(OUT, exist_ok=True)
        if args.hand_written_only:
            FIXTURE_SET.clear()
        for name, (source, style, title_lines, font) in FIXTURE_SET.items():
            lines = read_lines(os.path.join(FIXTURES, source))
            with open(os.path.join(tmp, name + ".fodt"), "w", encoding="utf-8") as f:
                f.write(fodt(lines, style, title_lines, font))
        convert(tmp, OUT)
        if not args.hand_written_only:
            scanned(os.path.join(OUT, "numbered.pdf"), os.path.join(OUT, "scanned.pdf"))
        predefined_cmap_pdf(read_lines(os.path.join(FIXTURES, "plain-minimal.txt")),
                            os.path.join(OUT, "predefined-cmap.pdf"))
        encrypted(os.path.join(OUT, "predefined-cmap.pdf"), os.path.join(OUT, "encrypted.pdf"))
        bomb(os.path.join(OUT, "bomb.pdf"))
    for name in sorted(os.listdir(OUT)):
        if name.endswith(".pdf"):
            print(f"{name}\t{os.path.getsize(os.path.join(OUT, name))} bytes")


if __name__ == "__main__":
    main()
