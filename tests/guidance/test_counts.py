"""Every bullet and table row of the toolkit's lists has an item.

The numbers below were counted by hand from seed 002 (the schools toolkit),
bullet by bullet, not taken from the content files. If a count here fails,
either an item is missing or one was added that the seed does not have.
"""

from __future__ import annotations

import pytest

from harbour.guidance.library import Library

# seed list -> (count in the seed, where it is in seed 002)
SEED_COUNTS: dict[str, tuple[int, str]] = {
    # "Aims of the toolkit": six top-level bullets (the sub-bullets of the first
    # two are folded into their parent).
    "about.aims": (6, "Aims of the toolkit"),
    # "Supporting vulnerable children using PACE approach": the four elements.
    "pace.elements": (4, "Supporting vulnerable children using PACE approach"),
    # Appendix 1, Curiosity: the three example openings.
    "pace.curiosity-examples": (3, "Appendix 1: PACE model / Curiosity"),
    # "Neuro-science of infant and early childhood ...": five sub-headings.
    "development.neuroscience": (5, "Neuro-science of infant and early childhood"),
    # One item per paragraph of each age stage.
    "development.early": (4, "Early prosocial development during infancy"),
    "development.middle": (5, "Prosocial development in middle childhood years"),
    "development.language-uses": (5, "middle childhood: 'They may continue to use language to'"),
    "development.adolescent": (5, "Prosocial development in the teenage years"),
    "skills.prosocial": (14, "Children who respond in prosocial ways are able to"),
    "skills.resilient": (12, "Resilient children are able to"),
    "factors.prosocial-development": (8, "Prosocial development factors (numbered 1-8)"),
    "factors.promote-prosocial": (10, "How to promote prosocial development in children"),
    "factors.protective-skills": (10, "Protective factors and skills that support resilience"),
    # The balance diagram: 4 protective factors and 1 risk factor.
    "factors.balance": (5, "Protective factors / Risk factors diagram"),
    "factors.adversity": (5, "Risk and adversity: challenges that threaten to overwhelm"),
    "factors.aces": (6, "Risk and adversity: adverse childhood experiences"),
    # 3 figures for 3+ ACEs, 2 for 4+ ACEs.
    "factors.ace-figures": (5, "With 3 or more ACES / With 4 Aces or more"),
    "factors.protective-community": (10, "Community factors"),
    "factors.protective-individual": (14, "Individual factors"),
    "factors.protective-family": (6, "Family factors"),
    "factors.compromising": (10, "Factors that compromise resilience and prosocial development"),
    "factors.warning-signs": (10, "Spotting the warning signs"),
    "factors.impact.emotional": (5, "Impact table: Emotional development"),
    "factors.impact.social": (9, "Impact table: Social development"),
    "factors.impact.cognitive": (8, "Impact table: Cognitive and educational development"),
    "notice-do.rows": (3, "What do you notice / What can you do? (rows)"),
    "notice-do.distressed": (8, "Row 1: distressed, worried or angry"),
    "notice-do.friendships": (5, "Row 2: friendships or working with children"),
    "notice-do.manages-well": (6, "Row 3: normally struggles, manages well"),
    "do-dont.do": (14, "Promoting resilience in schools: Do"),
    "do-dont.dont": (7, "Promoting resilience in schools: Don't"),
    "prompts.peer-conflict": (7, "Prompts: struggling to get on with other children"),
    "prompts.dysregulated": (8, "Prompts: very dysregulated"),
    "prompts.helpful": (4, "Prompts: struggles with relationships is helpful"),
    "prompts.learning-task": (2, "Prompts: struggles to engage with learning task"),
    "prompts.coping": (4, "Prompts: supporting coping and problem solving"),
    "prompts.parents": (3, "Prompts: speaking with parents"),
    "prompts.ongoing-support": (1, "Prompts: ongoing support"),
    "prompts.remember": (6, "Things to remember (paragraphs)"),
    "ithrive.getting-advice": (5, "I-Thrive: Coping and advice"),
    "ithrive.getting-help": (6, "I-Thrive: Getting help"),
    "ithrive.getting-risk-support": (5, "I-Thrive: Risk support"),
    "ithrive.getting-more-help": (3, "I-Thrive: Getting more help"),
    "parents.themes": (3, "Appendix 2 table rows"),
    "parents.everyday-empathy": (4, "Appendix 2 row 1 bullets"),
    "parents.taking-part": (3, "Appendix 2 row 2 bullets"),
    "parents.supporting-kindness": (5, "Appendix 2 row 3 bullets"),
    "resilience.how-to-build": (9, "How to build resilience in children"),
    "resilience.appendix-3": (20, "Appendix 3 headings"),
    "roles.roles": (6, "Appendix 4 roles"),
    "roles.head": (7, "Appendix 4: CEO, head teacher (paragraphs)"),
    "roles.governors": (3, "Appendix 4: Trust board or Governing Body (paragraphs)"),
    "roles.all-staff": (8, "Appendix 4: All staff and teachers (bullets)"),
    "roles.designated-staff": (5, "Appendix 4: Designated key staff (paragraphs)"),
    "roles.pupils": (4, "Appendix 4: School pupils (paragraphs)"),
    "roles.parents": (4, "Appendix 4: Parents (bullets)"),
}

# Lists Harbour split out of prose rather than from bullets: the counts are our
# own split, pinned so that a point is not lost by accident.
PROSE_SPLITS: dict[str, int] = {
    "pace.impact": 7,  # "The impact of communication using the principles of PACE"
    "pace.notes": 13,  # tone guidance per element, Appendix 1
    "factors.risk-notes": 2,  # the two closing paragraphs of "Risk and adversity"
}

USEFUL_WEBSITES = 13  # "Useful websites" bullets
TOOLKIT_URLS = (  # every web address the toolkit prints for a service, website or video
    "https://www.youtube.com/watch?v=mlUuY9tUFok",
    "https://vimeo.com/88343229",
    "http://www.mindyourway.co.uk",
    "http://www.youngpeoplecornwall.org",
    "http://www.headstartkernow.org.uk",
    "http://www.traumainformedschool.co.uk",
    "http://www.annafreud.org",
    "http://www.developingchild.harvard.edu",
    "http://www.youngminds.org.uk",
    "http://www.brighthorizons.com",
    "http://www.cahm.ca",
    "http://www.nctsn.org",
    "http://www.partnershipforchildren.org.uk",
    "http://www.parentzone.org.uk",
    "http://www.ddpnetwork.org",
    "http://www.implementingthrive.org",
)
# Local services named on the toolkit's I-Thrive page (and Appendix 4).
NAMED_SERVICES = (
    "Headstart Kernow",
    "Trauma Informed Schools",
    "Educational psychology",
    "Video interaction guidance",
    "MHSTs",
    "School nurses",
    "Young People Cornwall",
    "Penhaligon's Friends",
    "Forest School",
    "CLEAR",
    "Wave Project",
    "Early help hub",
    "BLOOM",
    "CAPS",
    "Specialist CAMHS",
    "In-patient CAMHS",
    "IAPT",
    "Council psychology",
    "Primary mental health",
    "MARU",
    "Social care",
    "Drug and alcohol services",
    "Domestic abuse services",
    "Public health",
    "GP",
)


@pytest.mark.parametrize("key", sorted(SEED_COUNTS))
def test_each_seed_list_has_one_item_per_bullet(library: Library, key: str) -> None:
    expected, where = SEED_COUNTS[key]
    assert key in library.lists, f"no list {key!r} for seed 002 {where}"
    items = library.list_items(key)
    assert len(items) == expected, (
        f"{key}: seed 002 ({where}) has {expected}, content has {len(items)}: "
        f"{[i.id for i in items]}"
    )


@pytest.mark.parametrize("key", sorted(PROSE_SPLITS))
def test_prose_splits_keep_their_points(library: Library, key: str) -> None:
    assert len(library.list_items(key)) == PROSE_SPLITS[key]


def test_skills_are_both_lists(library: Library) -> None:
    assert sum(s.list == "prosocial" for s in library.skills) == 14
    assert sum(s.list == "resilient" for s in library.skills) == 12


def test_there_are_five_ithrive_groupings_in_order(library: Library) -> None:
    assert [g.slug for g in library.groupings] == [
        "thriving",
        "getting-advice",
        "getting-help",
        "getting-more-help",
        "getting-risk-support",
    ]


def test_every_useful_website_is_in_the_directory(library: Library) -> None:
    websites = [s for s in library.services if s.item.get("useful_website")]
    assert len(websites) == USEFUL_WEBSITES


def test_every_url_in_the_toolkit_is_in_the_directory(library: Library) -> None:
    urls = {url for service in library.services for url in service.urls}
    missing = [url for url in TOOLKIT_URLS if url not in urls]
    assert not missing


@pytest.mark.parametrize("name", NAMED_SERVICES)
def test_every_named_local_service_is_in_the_directory(library: Library, name: str) -> None:
    titles = [s.name.lower() for s in library.services]
    assert any(name.lower() in title for title in titles), f"{name} missing from services.yaml"


def test_no_service_has_an_invented_phone_number(library: Library) -> None:
    # The toolkit prints no phone numbers, so the directory must not either.
    for service in library.services:
        blob = f"{service.offers} {service.contact}"
        assert not any(run.isdigit() and len(run) >= 5 for run in blob.split()), service.id


def test_every_pace_element_sounds_like_something(library: Library) -> None:
    elements = library.list_items("pace.elements")
    assert [e.get("element") for e in elements] == [
        "playfulness",
        "acceptance",
        "curiosity",
        "empathy",
    ]
    for element in elements:
        assert len(element.strings("sounds_like")) >= 3, element.id
