#!/usr/bin/env python3
"""Writes docs/screens/README.md from the pictures the browser tests took (run after regenerating them)."""
import pathlib
import re

folder = pathlib.Path(__file__).resolve().parent.parent / "docs" / "screens"
names = sorted(p.stem for p in folder.glob("*.png"))
groups = [
    ("โทรศัพท์ / Phone (390×844)", lambda n: n.endswith("-phone")),
    ("โต๊ะทำงาน / Desk (1920×1080)", lambda n: n.endswith("-desk")),
    ("จอภาพ / Wall (1920×1080 and 3840×2160)", lambda n: re.search(r"-(wall|wall-4k|1920x1080|3840x2160)$", n)),
]
lines = [
    "# หน้าจอ / Screens",
    "",
    "What each user sees, taken by the browser tests against the demo (never edited by hand). Regenerate them all with",
    "",
    "```",
    "rm docs/screens/*.png",
    'OPSCENTER_SCREENSHOTS=$PWD/docs/screens ./test.sh --filter "FullyQualifiedName~Browser"',
    "scripts/screens-index.py",
    "```",
    "",
    "Every page the permission matrix lists is opened by `EveryPageBrowserTests` as the person who uses it, at phone and",
    "desk size (the wall screens at both wall sizes), and photographed as `{page}-{size}.png`; the test also fails when a",
    "page shows the error banner, sends its user to sign-in, leaves a map or chart empty, or is wider than the screen.",
    "The other pictures come from the feature tests (walls, reviews, tablets) at the moment they check something.",
    "",
]
taken = set()
for title, belongs in groups:
    members = [n for n in names if belongs(n) and n not in taken]
    taken.update(members)
    lines += [f"## {title}", ""] + [f"- [{n}]({n}.png)" for n in members] + [""]
rest = [n for n in names if n not in taken]
if rest:
    lines += ["## หน้าอื่น / Other moments (desk, tablet)", ""] + [f"- [{n}]({n}.png)" for n in rest] + [""]
(folder / "README.md").write_text("\n".join(lines), encoding="utf-8")
print(f"{len(names)} screens indexed")
