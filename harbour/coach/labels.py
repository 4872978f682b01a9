"""The vocabulary the coach speaks: elements, flags, situations and age stages.

Explanations are written to model PACE themselves: they describe what the
words may do for the child and never judge the adult.
"""

from typing import Final

ELEMENTS: Final = ("playfulness", "acceptance", "curiosity", "empathy")

FLAGS: Final = (
    "why_demand",
    "eye_contact_demand",
    "shaming",
    "threat",
    "dismissing",
    "lecturing",
    "public_correction",
    "reward_for_kindness",
    "sarcasm",
)

# Slugs shared with the rest of Harbour (guidance, quick log, scenarios).
SITUATIONS: Final = {
    "peer-conflict": "Struggling to get on with other children",
    "dysregulated": "Very dysregulated (distressed, angry or anxious)",
    "helpful": "A child who struggles is helpful or kind",
    "learning-task": "Struggling to engage with a learning task",
    "coping": "Coping and problem solving",
    "parents": "Speaking with parents",
    "ongoing-support": "Ongoing support",
    "distressed": "Distressed, worried or anxious",
    "frustration": "Struggling with frustration or disappointment",
}

AGE_STAGES: Final = {
    "early": "Early years (0 to 3)",
    "middle": "Middle childhood (3 to 10)",
    "adolescent": "Adolescence (11 to 18)",
}

EXPLANATIONS: Final = {
    "why_demand": (
        "Asking a child why they did something tends to bring 'don't know' or a "
        "defensive answer, because they often can't say yet. Wondering aloud about "
        "what was going on for them invites them in instead."
    ),
    "eye_contact_demand": (
        "Being made to hold an adult's gaze while being corrected can deepen a "
        "child's sense of shame. Sitting side by side, or letting them look away, "
        "often helps them listen."
    ),
    "shaming": (
        "A label or a comparison can be heard as 'I am bad'. Children who feel "
        "ashamed find it harder to put things right. Describing what happened and "
        "how it felt keeps the door open."
    ),
    "threat": (
        "A warning of punishment or loss can raise a struggling child's alarm. "
        "Connecting first, then holding the limit calmly, usually helps them settle "
        "sooner."
    ),
    "dismissing": (
        "When a feeling is hurried away, a child may feel unheard and the feeling "
        "often grows. Naming it and staying alongside helps it pass."
    ),
    "lecturing": (
        "A long explanation or a reminder of past warnings can feel like a telling-"
        "off, and the child may stop listening. A short, warm sentence and a "
        "question you wonder about together tend to land better."
    ),
    "public_correction": (
        "Pointing out a child's behaviour in front of others raises anxiety and "
        "shame. A quiet word, just the two of you, protects the relationship."
    ),
    "reward_for_kindness": (
        "A tangible reward for kindness or sharing can teach that kindness is done "
        "for prizes. Noticing the kindness and how it helped someone lets it become "
        "part of who the child is."
    ),
    "sarcasm": (
        "Children, especially those who struggle, often take sarcasm literally or "
        "hear it as mockery. Saying plainly and kindly what you noticed is safer."
    ),
}
