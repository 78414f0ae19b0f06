"""lawreport.resolve_many: a table of names resolved in one call."""

import pytest

import lawreport


def codes(found):
    return [None if j is None else j.code for j in found]


def test_resolve_many_keeps_order_and_matches_resolve():
    names = [
        "北京市海淀区中关村北大街甲28号",
        "不存在的地方",
        "红河州",
        "",
        "西湖区翠苑街道",
        "朝阳区",
    ]
    found = lawreport.resolve_many(names)
    assert len(found) == len(names)
    assert codes(found) == ["110108", None, "5325", None, "330106005", None]
    for name, j in zip(names, found):
        one = lawreport.resolve(name)
        assert (one is None) == (j is None)
        if one is not None:
            assert (one.code, one.name, one.candidates) == (j.code, j.name, j.candidates)


def test_resolve_many_ambiguous_gives_candidates_and_no_code():
    (j,) = lawreport.resolve_many(["朝阳区"])
    assert j.code is None
    assert {"110105", "220104"} <= set(j.candidates)


def test_resolve_many_contexts_one_for_all_or_one_each():
    assert codes(lawreport.resolve_many(["朝阳区", "鼓楼区"], contexts="北京市")) == [
        "110105",
        None,
    ]
    each = lawreport.resolve_many(
        ["朝阳区", "鼓楼区", "金平县"],
        contexts=["长春市", "福州市", None],
    )
    assert codes(each) == ["220104", "350102", "532530"]


def test_resolve_many_threads_and_generators():
    names = ["杭州市西湖区", "南昌市西湖区"] * 300
    found = lawreport.resolve_many((n for n in names), threads=2)
    assert codes(found) == ["330106", "360103"] * 300
    assert lawreport.resolve_many([]) == []


def test_resolve_many_bad_arguments():
    with pytest.raises(TypeError):
        lawreport.resolve_many("北京市")
    with pytest.raises(ValueError):
        lawreport.resolve_many(["北京市"], contexts=["a", "b"])
    with pytest.raises(ValueError):
        lawreport.resolve_many(["北京市"], threads=0)
    with pytest.raises(TypeError):
        lawreport.resolve_many([1, 2])
