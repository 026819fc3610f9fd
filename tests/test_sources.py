"""Every source format read into Documents with the right text and metadata."""

from __future__ import annotations

import io
import json

import pytest

from talentflow.sources import expand_paths, read_path, read_stdin
from talentflow.sources.base import normalize_published
from talentflow.sources.langdetect import detect_lang


def test_txt_keeps_text_exactly_and_takes_published_from_flag(tmp_path):
    text = "Omar Haddad resigned as chief executive of Harbour Bank on Monday.\n\nHe had led it since 2019.\n"
    p = tmp_path / "note.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_path(p, published="2024-03-05").documents[0]
    assert doc.text == text
    assert (doc.lang, doc.published, doc.origin) == ("en", "2024-03-05", str(p))
    assert doc.id.startswith("doc:") and len(doc.id) == 20


def test_markdown_is_read_as_text(tmp_path):
    p = tmp_path / "brief.md"
    p.write_text("# Moves\n\nThe club sacked its manager after a run of defeats.\n", encoding="utf-8")
    doc = read_path(p).documents[0]
    assert doc.text.startswith("# Moves") and doc.lang == "en" and doc.published is None


def test_arabic_seed_text_is_detected_as_arabic(tmp_path, seed_text):
    p = tmp_path / "seed.txt"
    p.write_text(seed_text, encoding="utf-8")
    doc = read_path(p).documents[0]
    assert doc.lang == "ar" and doc.text == seed_text


def test_html_article_text_and_metadata(data_dir):
    doc = read_path(data_dir / "article.html").documents[0]
    assert doc.title == "Harbour Bank names its finance chief as next chief executive"
    assert doc.published == "2024-07-03"
    assert doc.url == "https://cityledger.example.com/2024/07/03/harbour-bank-ceo"
    assert "Nadia Farouk, will become group chief executive" in doc.text
    # precision: navigation, sidebar and footer are not article text
    for boiler in ("Subscribe", "Most read", "Rates on hold", "All rights reserved"):
        assert boiler not in doc.text


def test_json_document_keeps_given_metadata(tmp_path):
    obj = {"id": "bank-1", "url": "https://x.example/1", "title": "CEO retires",
           "published": "2024-04-30", "lang": "en", "text": "The chief executive will retire."}
    p = tmp_path / "one.json"
    p.write_text(json.dumps(obj), encoding="utf-8")
    doc = read_path(p).documents[0]
    assert (doc.url, doc.title, doc.published, doc.lang) == (
        "https://x.example/1", "CEO retires", "2024-04-30", "en")
    assert doc.origin == f"{p}#bank-1"


def test_json_input_published_wins_over_flag(tmp_path):
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"text": "He left the bank.", "published": "2024-01-02"}))
    assert read_path(p, published="2025-05-05").documents[0].published == "2024-01-02"


def test_jsonl_one_document_per_line_blank_lines_skipped(tmp_path):
    lines = [{"text": "Jane Roe joined the club as coach.", "published": "2024-06-01T09:00:00Z"},
             {"text": "غادر المدير المالي الشركة بعد ثلاثة أشهر.", "title": "مغادرة"}]
    p = tmp_path / "many.jsonl"
    p.write_text(json.dumps(lines[0]) + "\n\n" + json.dumps(lines[1], ensure_ascii=False) + "\n")
    docs = read_path(p).documents
    assert [d.lang for d in docs] == ["en", "ar"]
    assert docs[0].published == "2024-06-01" and docs[1].title == "مغادرة"


def test_rss_feed_entries(data_dir):
    docs = read_path(data_dir / "feed.rss").documents
    assert len(docs) == 2
    first = docs[0]
    assert first.title == "Riverside sack manager after winless run"
    assert first.url == "https://pitchside.example.com/2024/10/28/riverside-manager"
    assert first.published == "2024-10-28" and first.lang == "en"
    assert first.text.splitlines()[0].startswith("Riverside FC have dismissed manager Jonas Weber")
    assert "<p>" not in first.text


def test_atom_feed_language_from_feed(data_dir):
    doc = read_path(data_dir / "feed.atom").documents[0]
    assert doc.lang == "ar" and doc.published == "2024-11-13"
    assert doc.url == "https://aliqtisad.example.net/2024/11/ports-ceo"
    assert doc.text.startswith("أعلنت شركة الموانئ")


def test_stdin_text_and_jsonl():
    doc = read_stdin(io.StringIO("The bank's CFO left for a rival."), "text",
                     published="2024-02-02").documents[0]
    assert (doc.origin, doc.published, doc.lang) == ("-", "2024-02-02", "en")
    r = read_stdin(io.StringIO('{"text": "A left B for C."}\n{"text": "D joined E."}\n'), "jsonl")
    assert [d.text for d in r.documents] == ["A left B for C.", "D joined E."]


@pytest.mark.parametrize("text,lang", [
    ("The club confirmed that its manager had left by mutual consent.", "en"),
    ("أعلن النادي رحيل مدربه بالتراضي بعد سلسلة من النتائج السيئة.", "ar"),
    ("أعلنت xAI رحيل المدير المالي Mike Liberatore بعد ثلاثة أشهر من تعيينه.", "ar"),
    ("Le club a confirmé le départ de son entraîneur après une série de défaites.", "fr"),
    ("El club confirmó la salida de su entrenador tras una racha de derrotas.", "es"),
    ("Der Verein hat die Trennung von seinem Trainer nach der Niederlage bestätigt.", "de"),
    ("Клуб подтвердил уход тренера после серии поражений.", "cyrillic"),
])
def test_language_detection(text, lang):
    assert detect_lang(text) == lang


def test_non_english_latin_text_is_unsupported_not_failed(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_text("Le directeur financier a quitté la banque pour rejoindre un concurrent.")
    r = read_path(p)
    assert r.documents == []
    assert r.problems[0].kind == "unsupported"
    assert "detected 'fr'" in r.problems[0].error and "ar, en" in r.problems[0].error


def test_lang_flag_fills_missing_lang_and_rejects_unknown(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"text": "Short.", "lang": "de"}))
    assert read_path(p).problems[0].kind == "unsupported"
    q = tmp_path / "b.txt"
    q.write_text("Omar left.")
    assert read_path(q, lang="ar").documents[0].lang == "ar"


@pytest.mark.parametrize("value,iso", [
    ("2025-09-04", "2025-09-04"), ("2025-09-04T23:10:00+03:00", "2025-09-04"),
    ("Thu, 04 Sep 2025 08:00:00 GMT", "2025-09-04"), (None, None), ("", None),
])
def test_normalize_published(value, iso):
    assert normalize_published(value) == iso


def test_expand_paths_folders_globs_and_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / ".hidden").mkdir()
    for rel in ("a/1.txt", "a/b/2.json", "a/.hidden/3.txt", "a/b/.4.txt", "top.md"):
        (tmp_path / rel).write_text("x")
    files, missing = expand_paths([str(tmp_path / "a"), str(tmp_path / "*.md"),
                                   str(tmp_path / "a" / "1.txt"), str(tmp_path / "none*.txt")])
    names = [f.name for f in files]
    assert names == ["1.txt", "2.json", "top.md"]  # recursive, hidden skipped, no repeats
    assert missing == [str(tmp_path / "none*.txt")]


def test_json_list_with_a_bad_item_names_the_item(tmp_path):
    p = tmp_path / "list.json"
    p.write_text(json.dumps([{"text": "The coach resigned on Friday."}, {"title": "no text"},
                             "just a string", {"text": "The bank hired a new CFO."}]))
    r = read_path(p)
    assert [d.text for d in r.documents] == ["The coach resigned on Friday.",
                                             "The bank hired a new CFO."]
    assert [(q.location, q.error[:8]) for q in r.problems] == [("item 2", "no text:"),
                                                               ("item 3", "expected")]


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "sitemap.xml"
    p.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    r = read_path(p)
    assert r.documents == [] and "not an RSS or Atom feed" in r.problems[0].error


def test_feed_entry_without_text_is_a_problem_for_that_entry(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>'
                 '<item><title>Empty</title><link>https://x.example/1</link></item>'
                 '<item><title>Full</title><description>The chief executive stepped down.'
                 '</description></item></channel></rss>')
    r = read_path(p)
    assert [d.title for d in r.documents] == ["Full"]
    assert r.problems[0].location == "entry 1" and "no text" in r.problems[0].error
