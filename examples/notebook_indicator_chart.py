# %% [markdown]
# # One indicator across jurisdictions, as a chart
#
# A notebook-style script (`# %%` cells: open it in VS Code, JupyterLab with
# jupytext, or run it as a plain script). It parses the invented reports of
# `docs/examples/reports/` (three districts of 江门市, 2019-2023), builds a
# pandas table of one standard indicator per district and year, and saves a
# line chart of it.
#
#     python examples/notebook_indicator_chart.py [OUT.png]
#
# OUT.png defaults to `indicator_chart.png` in the current folder. Needs
# lawreport, pandas and matplotlib (`bash python/dev.sh setup build` installs
# all three into python/.venv). Runs headless (matplotlib's Agg backend).

# %%
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")  # no display needed; must come before pyplot
import matplotlib.pyplot as plt
from matplotlib import font_manager

import lawreport

ROOT = pathlib.Path(__file__).resolve().parents[1] if "__file__" in globals() else pathlib.Path.cwd()
REPORTS = ROOT / "docs" / "examples" / "reports"
INDICATOR = "disputes_mediated"
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else pathlib.Path("indicator_chart.png")

# %% [markdown]
# ## Parse the folder

# %%
reports = lawreport.parse_many(sorted(REPORTS.glob("*.txt")), errors="raise")
meta = lawreport.to_pandas(reports, table="reports")
meta[["id", "year", "jurisdiction_code", "jurisdiction_name"]].head()

# %% [markdown]
# ## One indicator, one row per district and year

# %%
stats = lawreport.to_pandas(reports, table="statistics")
stats = stats.merge(meta[["report", "jurisdiction_name"]], on="report")
series = (
    stats[stats["indicator"] == INDICATOR]
    .pivot_table(index="year", columns=["jurisdiction_code", "jurisdiction_name"], values="value", aggfunc="sum")
    .sort_index()
)
print(series.to_string())

# %% [markdown]
# ## The chart
#
# Chinese names need a CJK font; when matplotlib finds none on the machine,
# the legend shows the division codes with the report ids instead of empty
# boxes.

# %%
CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC"]
available = {f.name for f in font_manager.fontManager.ttflist}
cjk = next((name for name in CJK_FONTS if name in available), None)
if cjk:
    plt.rcParams["font.family"] = [cjk, "DejaVu Sans"]

ids = meta.drop_duplicates("jurisdiction_code").set_index("jurisdiction_code")["id"].str.rsplit("-", n=1).str[0]

fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
# Largest first, so that the legend reads in the order of the lines.
for (code, name) in sorted(series.columns, key=lambda c: -series[c].iloc[-1]):
    label = "%s %s" % (name, code) if cjk else "%s (%s)" % (ids[code], code)
    ax.plot(series.index, series[(code, name)], marker="o", linewidth=2, label=label)
ax.set_title("Disputes mediated (%s), districts of Jiangmen" % INDICATOR, loc="left")
ax.set_xlabel("year covered by the report")
ax.set_ylabel("disputes mediated (件)" if cjk else "disputes mediated (cases)")
ax.set_xticks(list(series.index))
ax.set_ylim(bottom=0)
ax.grid(True, alpha=0.3)
ax.legend(title="district", frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
fig.tight_layout()
fig.savefig(OUT)
print("saved %s" % OUT)
