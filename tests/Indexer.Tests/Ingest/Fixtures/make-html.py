#!/usr/bin/env python3
"""Renders each seed plan (corpus/00?_*.txt) as the page a provincial portal would publish:
site header and menu, breadcrumb, the plan in an article (a <p> per paragraph, <br> per line,
**bold** as <strong>, '#' headings as <h2>), a sidebar of related plans (with their own numbers,
which must NOT be read as citations), scripts, and a footer. Run from the repository root:
    python3 tests/Indexer.Tests/Ingest/Fixtures/make-html.py
"""
import glob, html, os, re

OUT = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} - Cổng thông tin điện tử</title>
<style>body {{ font-family: Arial; }} .menu li {{ display: inline; }}</style>
<script>window.dataLayer = [{{ "page": "Kế hoạch số 999/KH-UBND" }}];</script>
</head>
<body>
<div id="header" class="site-header"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</a> <form class="search"><input name="q"><button>Tìm kiếm</button></form></div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản</a></li><li><a href="/tt">Tin tức</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản chỉ đạo điều hành</a></div>
<div class="container">
<div class="col-main">
<article class="news-detail">
<h1 class="title">{title}</h1>
<div class="date">Đăng ngày: 01/01/2024 08:00</div>
<div class="noidung">
{body}
</div>
<div class="share-bar">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>
</div>
<aside class="sidebar">
<h3>Tin liên quan</h3>
<ul class="tin-lien-quan">
<li><a href="/a">Kế hoạch số 888/KH-UBND ngày 02/3/2019 về công tác dân vận</a></li>
<li><a href="/b">Quyết định số 777/QĐ-UBND ngày 05/6/2018 ban hành quy chế</a></li>
</ul>
</aside>
</div>
<footer class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh. Giấy phép số 12/GP-TTĐT ngày 01/01/2015. Địa chỉ: 01 Trần Hưng Đạo.</footer>
<script>console.log("Chỉ thị số 55/CT-TTg");</script>
</body>
</html>
"""

def inline(text):
    text = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)

def paragraph(block):
    lines = [line.rstrip() for line in block.split("\n")]
    heading = re.match(r"^(#+)\s*(.*)$", lines[0])
    if heading and len(lines) == 1:
        return f"<h2>{inline(heading.group(2))}</h2>"
    return "<p>" + "<br>\n".join(inline(line) for line in lines) + "</p>"

for path in sorted(glob.glob("corpus/00?_*.txt")):
    text = open(path, encoding="utf-8").read()
    blocks = [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    title = next((re.sub(r"[*#“”\"]", "", b).strip() for b in blocks if "KẾ HOẠCH" not in b and len(b) > 20), "Kế hoạch")[:120]
    page = TEMPLATE.format(title=html.escape(title), body="\n".join(paragraph(b) for b in blocks))
    name = os.path.splitext(os.path.basename(path))[0] + ".html"
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    print(name)
