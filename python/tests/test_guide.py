"""Run every code block of the guide in docs/ (all pages but docs/python.md,
which test_docs.py runs in its own folder).

Each page runs top to bottom in one namespace, from the repository root, with
``target/release`` first on ``PATH`` (so ``lawreport`` is the CLI built by
``cargo build --release -p lawreport-cli``):

- ```python blocks with ``>>>`` prompts are doctests (output must match,
  ``...`` matches anything); other ```python blocks must run without an
  exception;
- ```console blocks are ``$ command`` lines, each followed by its expected
  output (compared like a doctest);
- ```sh blocks must exit 0;
- ```rust blocks are run by ``scripts/doctest_docs.sh`` (rustdoc), not here.

A block right after a line ``<!-- not run: REASON -->`` is only checked for
syntax (``compile()`` for Python, ``bash -n`` for shell); the reason must be
given.
"""

import doctest
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

DOCS = ROOT / "docs"
FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)
NOT_RUN = re.compile(r"<!--\s*not run:\s*(.*?)\s*-->\s*$")
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
RUN_LANGS = {"python", "console", "sh", "bash"}


def pages():
    """Every page of the guide, docs/python.md excepted, and the README."""
    guide = sorted(p for p in DOCS.rglob("*.md") if p.name != "python.md" or p.parent != DOCS)
    return guide + [ROOT / "README.md"]


def blocks(page):
    """(language, line, code, not-run reason or None) for each fenced block."""
    text = page.read_text(encoding="utf-8")
    out = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 2
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        reason = NOT_RUN.search(before)
        out.append((match.group(1), line, match.group(2), reason.group(1) if reason else None))
    return out


def page_id(page):
    return str(page.relative_to(ROOT))


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    # `lawreport` is the CLI of this checkout, `python` the interpreter
    # running the tests (with lawreport, pandas, polars, matplotlib).
    path = [str(ROOT / "target" / "release"), os.path.dirname(sys.executable), os.environ.get("PATH", "")]
    monkeypatch.setenv("PATH", os.pathsep.join(path))
    return ROOT


def run_console(code, where):
    """Run ``$ cmd`` lines and compare their output."""
    checker = doctest.OutputChecker()
    steps = []
    for raw in code.splitlines():
        if raw.startswith("$ "):
            steps.append([raw[2:], []])
        else:
            assert steps, "%s: a console block must start with a '$ ' line" % where
            steps[-1][1].append(raw)
    for command, want in steps:
        done = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
        assert done.returncode == 0, "%s: `%s` failed:\n%s" % (where, command, done.stderr)
        expected = "\n".join(want) + "\n" if want else ""
        if not checker.check_output(expected, done.stdout, FLAGS):
            raise AssertionError(
                "%s: `%s` printed\n%s\nexpected\n%s" % (where, command, done.stdout, expected)
            )


@pytest.mark.parametrize("page", pages(), ids=page_id)
def test_page_blocks_run(page, at_root):
    pytest.importorskip("pandas")
    pytest.importorskip("polars")
    if not (ROOT / "target" / "release" / "lawreport").exists():
        pytest.skip("the CLI is not built (cargo build --release -p lawreport-cli)")
    namespace = {"__name__": "docs_" + page.stem.replace("-", "_")}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    for lang, line, code, reason in blocks(page):
        where = "%s:%d" % (page_id(page), line)
        if reason is not None:
            assert reason, "%s: say why the block is not run" % where
            if lang == "python":
                compile(code, where, "exec")
            elif lang in ("sh", "bash", "console"):
                script = code
                if lang == "console":
                    script = "\n".join(l[2:] for l in code.splitlines() if l.startswith("$ "))
                done = subprocess.run(["bash", "-n"], input=script, capture_output=True, text=True)
                assert done.returncode == 0, "%s: shell syntax: %s" % (where, done.stderr)
            continue
        if lang == "python" and ">>>" in code:
            test = parser.get_doctest(code, namespace, where, str(page), line)
            result = runner.run(test, clear_globs=False)
            namespace.update(test.globs)
            assert result.failed == 0, "doctest at %s failed (see output above)" % where
        elif lang == "python":
            try:
                exec(compile(code, where, "exec"), namespace)
            except Exception as e:
                raise AssertionError("example at %s raised %r" % (where, e)) from e
        elif lang == "console":
            run_console(code, where)
        elif lang in ("sh", "bash"):
            done = subprocess.run(["bash", "-euo", "pipefail", "-c", code], capture_output=True, text=True)
            assert done.returncode == 0, "%s failed:\n%s%s" % (where, done.stdout, done.stderr)


def test_every_page_is_linked_from_the_index():
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for page in pages():
        if page.name == "README.md" and page.parent in (DOCS, ROOT):
            continue
        if page.parent.name == "examples" or "examples" in page.relative_to(DOCS).parts:
            continue
        rel = page.relative_to(DOCS).as_posix()
        assert "(%s)" % rel in index, "docs/README.md does not link %s" % rel


def test_every_fence_has_a_language():
    """A fence without a language would escape both the runner and the reader."""
    for page in pages() + [DOCS / "python.md"]:
        for lang, line, _, _ in blocks(page):
            assert lang, "%s:%d: name the language of the block" % (page_id(page), line)
