from sourcing.text import hrefs, html_to_text, plain


def test_scripts_and_tags_are_removed_but_text_kept() -> None:
    text = html_to_text("<p>Dev <b>Python</b><script>alert('x')</script></p><p>Lyon</p>")
    assert "alert" not in text
    assert "<" not in text
    assert text == "Dev Python\nLyon"


def test_entities_zero_width_and_control_characters_are_cleaned() -> None:
    assert plain("O&#39;Neil\u200b\u0007 &amp; co") == "O'Neil & co"


def test_huge_bios_are_bounded() -> None:
    assert len(html_to_text("<p>" + "Rust " * 1_000_000 + "</p>")) <= 20_000


def test_links_are_extracted_with_entities_decoded() -> None:
    assert hrefs('<a href="https://a.example/?x=1&amp;y=2">a</a>') == ["https://a.example/?x=1&y=2"]
