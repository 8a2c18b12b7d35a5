"""Atom feeds of policy updates: valid against the spec's required elements, filtered, in the visitor's language."""

import xml.etree.ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def assert_valid_atom(feed):
    """RFC 4287 §4.1.1 and §4.1.2: a feed and each entry need id, title and updated; entries need a link."""
    assert feed.tag == f"{ATOM}feed"
    for element in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{element}")) == 1, element
        assert feed.find(f"{ATOM}{element}").text.strip(), element
    assert feed.find(f"{ATOM}link[@rel='alternate']") is not None or feed.find(f"{ATOM}link") is not None
    ids = set()
    for entry in feed.findall(f"{ATOM}entry"):
        for element in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{element}")) == 1, element
            assert entry.find(f"{ATOM}{element}").text.strip(), element
        link = entry.find(f"{ATOM}link")
        assert link is not None and link.get("href", "").startswith("http")
        ids.add(entry.find(f"{ATOM}id").text)
        # RFC 3339 dates
        assert "T" in entry.find(f"{ATOM}updated").text
    assert len(ids) == len(feed.findall(f"{ATOM}entry")), "entry ids must be unique"


@pytest.fixture
def updates(make_policy):
    law = make_policy("Overseas workers law", ("VN",), "law", objectives=(6,), note="First published.")
    law.title_vi = "Luật người lao động đi làm việc ở nước ngoài"
    law.change_note = "Decree added."
    law.change_note_vi = "Bổ sung nghị định."
    law.save_revision().publish()
    make_policy("EPS act", ("KR",), "law", objectives=(5,), note="Quota for 2025 announced.")
    make_policy("Korea–Viet Nam MoU", ("KR", "VN"), "agreement", objectives=(5, 6), note="MoU renewed.")
    make_policy("Hidden", ("TH",), "law", note="Not yet public.", publish=False)


def entry_titles(feed):
    return [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]


@pytest.mark.django_db
def test_site_wide_feed_is_valid_atom(client, updates):
    feed = parse(client.get("/en/updates/feed/"))
    assert_valid_atom(feed)
    assert len(feed.findall(f"{ATOM}entry")) == 4
    assert "Hidden" not in entry_titles(feed)
    assert feed.get(XML_LANG) == "en"


@pytest.mark.django_db
def test_filtered_feeds(client, updates):
    korea = parse(client.get("/en/updates/feed/country/KR/"))
    assert_valid_atom(korea)
    assert sorted(entry_titles(korea)) == ["EPS act", "Korea–Viet Nam MoU"]
    objective = parse(client.get("/en/updates/feed/objective/6/"))
    assert_valid_atom(objective)
    assert sorted(set(entry_titles(objective))) == ["Korea–Viet Nam MoU", "Overseas workers law"]
    agreements = parse(client.get("/en/updates/feed/type/agreement/"))
    assert entry_titles(agreements) == ["Korea–Viet Nam MoU"]
    assert "GCM objective 6" in objective.find(f"{ATOM}title").text


@pytest.mark.django_db
def test_feed_in_the_visitors_language(client, updates):
    feed = parse(client.get("/vi/updates/feed/country/VN/"))
    assert_valid_atom(feed)
    assert feed.get(XML_LANG) == "vi"
    assert "Luật người lao động đi làm việc ở nước ngoài" in entry_titles(feed)
    summaries = [entry.find(f"{ATOM}summary").text for entry in feed.findall(f"{ATOM}entry")]
    assert "Bổ sung nghị định." in summaries
    assert "/vi/" in feed.find(f"{ATOM}entry/{ATOM}link").get("href")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/updates/feed/country/QQ/",
        "/en/updates/feed/objective/24/",
        "/en/updates/feed/objective/x/",
        "/en/updates/feed/type/novel/",
    ],
)
def test_unknown_feed_filters_are_404(client, updates, url):
    assert client.get(url).status_code == 404


def _read(client, url):
    """The feed as a feed reader sees it (feedparser), and as XML for the elements RFC 4287 requires."""
    import feedparser

    response = client.get(url)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed, parse(response)


@pytest.mark.django_db
def test_feeds_have_an_author_and_ids_that_do_not_depend_on_the_host(client, updates, settings):
    """RFC 4287 §4.1.1: atom:author in the feed (or every entry); ids stay when the site's host changes."""
    from wagtail.models import Site

    settings.ALLOWED_HOSTS = ["*"]
    parsed, feed = _read(client, "/en/updates/feed/")
    author = feed.find(f"{ATOM}author/{ATOM}name")
    assert author is not None and author.text.strip()
    assert parsed.feed.author
    ids = [entry.id for entry in parsed.entries]
    assert all(entry_id.startswith("urn:uuid:") for entry_id in ids)
    assert parsed.feed.id.startswith("urn:uuid:")
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "migrants.example.org", 443
    site.save()
    moved, _feed = _read(client.__class__(HTTP_HOST="migrants.example.org"), "/en/updates/feed/")
    assert [entry.id for entry in moved.entries] == ids
    assert moved.feed.id == parsed.feed.id
    assert _read(client, "/en/updates/feed/country/VN/")[0].feed.id != parsed.feed.id


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["vi", "th", "ur"])
def test_feed_title_and_subtitle_in_the_visitors_language(client, updates, language):
    from django.utils import translation

    parsed, _feed = _read(client, f"/{language}/updates/feed/")
    with translation.override(language):
        title = translation.gettext("Policy updates · Asia-Pacific Migrant Portal")
        subtitle = translation.gettext(
            "Changes to laws, regulations and agreements that matter to migrants, newest first."
        )
    assert title != "Policy updates · Asia-Pacific Migrant Portal"
    assert parsed.feed.title == title
    assert parsed.feed.subtitle == subtitle
