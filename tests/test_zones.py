from index.read.zones import assign_zones, classify, edge_keys, line_key


def test_first_paragraph_is_the_headline():
    assert assign_zones(["Police chief faces questions", "Body text that runs on."])[0] == "headline"


def test_a_first_paragraph_longer_than_any_headline_is_body_text():
    letter = (
        "Dear Sir, I write on behalf of the families to ask why the force took eleven months to "
        "open an inquiry into the complaints we made in the spring of last year."
    )
    headline = "Hillary Clinton calls on U.S. to lead, step up fight against Islamic State."
    long_headline = (
        "The Met Police Commissioner told the Greater London Assembly it would take millions of "
        "pounds to reinvestigate a very significant number of historic grooming gang cases in London"
    )
    assert assign_zones([letter, "Yours faithfully."])[0] == "body"
    assert assign_zones([headline, "Body text that runs on."])[0] == "headline"
    assert assign_zones([long_headline, "Body text that runs on."])[0] == "headline"


def test_a_first_paragraph_that_greets_its_audience_is_no_headline():
    greeting = "Senator Hatfield, Mr. Chief Justice, Vice President Bush, and my fellow citizens:"
    title = "Aesthetic Appreciation and Spanish Art:"
    assert assign_zones([greeting, "This is a solemn and most momentous occasion."])[0] != "headline"
    assert assign_zones([title, "Insights from Eye-Tracking", "Body text that runs on."])[0] == "headline"


def test_boilerplate_phrases_are_recognised_by_pattern():
    for text in [
        "Share and Follow",
        "Share This Article",
        "Leave a comment",
        "Leave a Reply",
        "Sign up to our newsletter for the latest news delivered to your inbox.",
        "Subscribe to the Morning Brief newsletter",
        "Want to contact Sam about this story? Please email sam@example.org",
        "Your email address will not be published. Required fields are marked *",
        "By Staff",
        "By Jane Doe and John Roe in Kabul",
        "by Our Political Correspondent",
        "REUTER",
        "(AP)",
        "(Reporting by David Lawder; Editing by Chizu Nomiyama)",
        "(Additional reporting by Jane Doe in Kabul)",
    ]:
        assert classify(text, 5) == "boilerplate", text


def test_body_sentences_are_not_boilerplate():
    for text in [
        "The council said it would sign the contract next week after a long dispute.",
        "By the end of the year the review had found 40 cases that needed another look.",
        "By stumps Kent had reached 108 for three.",
        "By then it was over.",
        "Jon Ralston, who runs a Nevada politics newsletter, said the race was close.",
        "Reuters reported the deal on Tuesday.",
    ]:
        assert classify(text, 5) == "body", text


def test_teasers_after_a_you_may_also_like_header_are_boilerplate():
    texts = ["Title", "A body paragraph that ends.", "You May Also Like", "Other story…", "Another story"]
    assert assign_zones(texts) == ["headline", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_short_unpunctuated_lines_are_subheads_and_pictured_lines_captions():
    texts = ["Title", "What changed?", "Sadiq Khan (pictured) has been accused", "Body sentence here."]
    assert assign_zones(texts) == ["headline", "subhead", "caption", "body"]


def test_a_row_of_a_table_or_of_results_is_the_text_not_a_subhead():
    rows = ["Leeds 2 Chelsea 1", "3. Aliuska Lopez (Cuba) 12.92", "BOSTON 69 65 .515 5 1/2"]
    headings = ["Top 10 tips for 2024", "May 17 v Northampton", "Part 2: the 1990s"]
    assert [classify(text, 5) for text in rows + headings] == ["body"] * 3 + ["subhead"] * 3


def test_a_caption_printed_twice_is_a_caption():
    caption = "The commissioner said his force is 'committed' to safeguarding victims and more"
    texts = ["Title", "Body.", caption, caption.replace("'", "’"), "More body."]
    assert assign_zones(texts)[2:4] == ["caption", "caption"]


def test_edge_lines_shared_across_sources_are_boilerplate_but_quotations_are_not():
    chrome = "This article is part of our Local Democracy series."
    quote = "“Sadiq is committed to doing all he can to protect children in London from harm.”"
    texts = ["Title", "Body sentence one.", "Body sentence two.", quote, chrome]
    assert line_key(chrome) in edge_keys(texts)
    assert line_key(quote) not in edge_keys(texts)
    zones = assign_zones(texts, shared={line_key(chrome), line_key(quote)})
    assert zones[-1] == "boilerplate"
    assert zones[-2] == "body"


def test_a_bracketed_aside_that_opens_with_a_position_word_is_no_caption():
    texts = [
        "Title",
        "Jane Smith (left, with her sister) at the hearing",
        "He is behind (right now), he told BBC Radio Five Live, and said it twice again.",
        "Emission rises at high wind speed (above a threshold of 12 m/s) over the sea, as modelled.",
    ]
    assert assign_zones(texts) == ["headline", "caption", "body", "body"]


def test_a_wire_s_dateline_shared_across_sources_stays_out_of_boilerplate():
    texts = ["Title", "MOSCOW 1996-08-31", "Body sentence one.", "Body sentence two."]
    zones = assign_zones(texts, shared={line_key("MOSCOW 1996-08-31")})
    assert zones[1] == "subhead"
    credit = ["Title", "Body sentence one.", "Reporting by Jane Smith"]
    assert assign_zones(credit, shared={line_key("Reporting by Jane Smith")})[-1] == "boilerplate"
