"""The demo policies: enough of them, real sources, dated notes, Vietnamese for Viet Nam, idempotent."""

from urllib.parse import urlsplit

import pytest

from policies.models import PolicyCountry, PolicyPage, PolicyUpdate

# Policies whose source link opens the publisher's site, not the document: named here until an editor can open
# the document's own address (see the README).
PUBLISHER_SITE_LINKS = {"asean-consensus-on-the-rights-of-migrant-workers"}


@pytest.mark.django_db
def test_demo_policies(client, demo_site, demo_reloaded):
    policies = PolicyPage.objects.live()
    assert policies.count() >= 15
    assert PolicyCountry.objects.values("iso_code").distinct().count() >= 6
    for page in policies:
        assert page.source_url.startswith("https://"), page.title
        link = urlsplit(page.source_url)
        opens_an_index = link.path in ("", "/") or "listresults" in link.path.lower()
        assert opens_an_index == (page.slug in PUBLISHER_SITE_LINKS), page.source_url
        assert page.updates.count() >= 2, page.title
        assert page.countries.exists() and page.gcm_objectives.exists()
    for page in policies.filter(countries__iso_code="VN").distinct():
        assert page.title_vi and page.summary_vi, page.title
    before, after = demo_reloaded
    for model in (PolicyPage, PolicyUpdate, PolicyCountry):
        label = model._meta.label
        assert after[label] == before[label] == model.objects.count(), label

    assert client.get("/en/policies/").status_code == 200
    html = client.get("/vi/policies/?country=VN").content.decode()
    assert "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng" in html
    html = client.get("/en/").content.decode()
    assert 'id="latest-updates"' in html


@pytest.mark.django_db
def test_thailand_2018_amendment_reads_in_burmese_and_thai_as_a_draft(client, demo_site):
    amendment = PolicyPage.objects.get(slug="thailand-amendment-of-the-royal-ordinance-2018")
    for code in ("my", "th"):
        html = client.get(f"/{code}/policies/{amendment.slug}/").content.decode()
        assert "notice--translation" not in html, code
        assert "notice--draft" in html, code
        assert "2018" in html and "10,000" in html, code
    assert "တော်ဝင်အမိန့်ဒီကရီ" in amendment.title_my
    assert amendment.title_th.startswith("พระราชกำหนดการบริหารจัดการการทำงานของคนต่างด้าว (ฉบับที่ 2)")
