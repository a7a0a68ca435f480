"""Writing small WARC files with warcio for the tests (Arabic HTML written for these tests)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = """<html><head><meta charset="{charset}"><title>{title}</title>
<meta property="article:published_time" content="2023-11-14T10:00:00+00:00"></head>
<body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>{title}</h1>
<p>{body}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"""

ARTICLES = [
    (
        "http://news.example/ar/1",
        "ماكرون يتصل بالسوداني",
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً أمس الاثنين برئيس الوزراء "
        "العراقي محمد شياع السوداني، وبحث الجانبان العلاقات الثنائية بين البلدين. "
        "وأشاد ماكرون بالدور الذي تضطلع به الحكومة العراقية في تعزيز الاستقرار.",
    ),
    (
        "http://news.example/ar/2",
        "الصفدي يستقبل بوريل في عمان",
        "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم الثلاثاء الممثل الأعلى "
        "للسياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل، وبحث معه الأوضاع في المنطقة. "
        "واتهم الصفدي إسرائيل بارتكاب جرائم حرب في قطاع غزة.",
    ),
]


def http_record(writer: WARCWriter, uri: str, body: bytes, ctype: str, status: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)


def write_news_warc(path: Path, *, gzip: bool = True, legacy_second: bool = True) -> Path:
    """Two Arabic article responses (the second in Windows-1256), plus records that are not
    articles: a request, an image, a 404 page and a redirect."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for i, (uri, title, body) in enumerate(ARTICLES):
            encoding = "windows-1256" if legacy_second and i == 1 else "utf-8"
            page = PAGE.format(charset=encoding, title=title, body=body).encode(encoding)
            req = writer.create_warc_record(
                uri, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
            writer.write_record(req)
            http_record(writer, uri, page, f"text/html; charset={encoding}", "200 OK")
            http_record(
                writer, uri + ".png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png", "200 OK"
            )
        http_record(
            writer, "http://news.example/missing", b"<p>not found</p>", "text/html", "404 Not Found"
        )
        http_record(writer, "http://news.example/old", b"", "text/html", "301 Moved Permanently")
    return path
