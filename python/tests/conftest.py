"""Shared fixtures: a report the tests write themselves, and the paths of the
shared corpus and the CLI (tests that need those skip when they are absent)."""

import json
import os
import pathlib

import pytest

import lawreport

ROOT = pathlib.Path(__file__).resolve().parents[2]
"""The repository root."""

CORPUS = pathlib.Path(os.environ.get("LAWREPORT_CORPUS", ROOT.parent / "shared" / "corpus"))
"""The shared corpus (``../shared/corpus`` from the repository root)."""

CLI = pathlib.Path(os.environ.get("LAWREPORT_CLI", ROOT / "target" / "release" / "lawreport"))
"""The CLI binary, built by ``cargo build --release -p lawreport-cli``."""

SAMPLE = """\
白沙街2020年法治政府建设年度报告
区委、区政府:
今年以来,我街道深入学习贯彻习近平法治思想,现将有关情况报告如下。
一、强化法治建设体系
(一)加强组织领导。共组织31人参加行政执法人员考试,参考率达100%。
(二)推进政务公开。全年主动公开政务信息1200余条,化解率达92%。
二、存在问题
(一)缺少法律专业人才。
(二)缺少行政执法人员。
三、党政主要负责人履行推进法治建设第一责任人职责情况
街道主要负责人带头学法,全年组织学法4次。
四、下一步工作计划
(一)突出社区自治。
(二)完善机制。
蓬江区人民政府白沙街道办事处
2020年12月2日
"""


def corpus_files():
    """Every corpus document: seeds, pages and extra (empty when absent)."""
    files = []
    for folder in ("seeds", "pages", "extra"):
        files += sorted((CORPUS / folder).glob("*.txt"))
    return files


def enrich(report):
    """The report with one statistic and a jurisdiction added through its
    JSON record, so that tests of views and tables do not depend on how far
    the statistics and jurisdiction stages have come."""
    record = report.to_dict()
    text = record["text"]
    start = text.index("31人")
    record["statistics"] = [
        {
            "raw": "31人",
            "value": 31.0,
            "unit": "人",
            "approx": None,
            "subject": "参加行政执法人员考试",
            "indicator": "law_exam_participants",
            "period": None,
            "section": ["一", "(一)"],
            "sentence": "共组织31人参加行政执法人员考试,参考率达100%。",
            "span": [start, start + 3],
        },
        {
            "raw": "1200余条",
            "value": 1200.0,
            "unit": "条",
            "approx": "more_than",
            "subject": "政务信息",
            "indicator": None,
            "period": "全年",
            "section": ["一", "(二)"],
            "sentence": "全年主动公开政务信息1200余条,化解率达92%。",
            "span": [text.index("1200余条"), text.index("1200余条") + 6],
        },
    ]
    record["jurisdiction"] = {
        "name": "白沙街道",
        "mention": "白沙街",
        "code": "440703002",
        "level": "township",
        "province": "广东省",
        "prefecture": "江门市",
        "county": "蓬江区",
        "township": "白沙街道",
        "candidates": [],
    }
    return lawreport.Report.from_json(json.dumps(record, ensure_ascii=False))


@pytest.fixture
def sample_text():
    return SAMPLE


@pytest.fixture
def report():
    return lawreport.parse(SAMPLE)


@pytest.fixture
def rich_report():
    return enrich(lawreport.parse(SAMPLE))


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "baisha-2020.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path
