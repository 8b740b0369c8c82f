"""The words that stand for a place named before in the same sentence, as compiled patterns: an object that refers
back ("recaptured them", "seizing the town", "shelling damaged a station there"), a subject that does ("...; it was freed
in September", "and the town fell"), a possessive ("its capture", "its garrison withdrew"), and the clause boundary such
a word does not reach across. :mod:`mapper.reading.status`, :mod:`mapper.reading.antecedents` and
:mod:`mapper.reading.labels` read with them; a sentence that opens on "The village" for a place named in the sentence
before is :mod:`mapper.reading.anaphora`'s.
"""

from __future__ import annotations

import re

from mapper.reading._patterns import FLAGS

__all__ = ["ANAPHOR_BARRIER", "ANAPHOR_OBJECT", "KIND_POSSESSIVE", "POSSESSED_HOLDERS", "POSSESSIVE_ANAPHOR", "SUBJECT_ANAPHOR", "THERE_AFTER"]

# A cue whose object refers back to the names before it: "recaptured them", "seizing the town" (a cue in quotation
# marks too: 'had "liberated" the town').
ANAPHOR_OBJECT = re.compile(
    r"[\"”’']?(?:\s+(?:goes\s+on|went\s+on|is\s+going\s+on|continues|continued|is\s+continuing|rages|raged|is\s+raging)(?=\s+(?:in|for)\s))?"
    r"\s+(?:(?:from|out\s+of|for|over|on|in|of|near|around)\s+)?(?:(?:the\s+(?:centre|center|heart|outskirts|edge|suburbs|streets)\s+of\s+"
    r"|(?P<part>(?:[a-z-]+\s+)?(?:residential\s+)?(?:areas|districts|neighbou?rhoods|quarters|parts)\s+of\s+))?"
    r"(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village|settlement|island|spit)|the\s+(?:regional|oblast|provincial)\s+(?:capital|centre|center)|(?P<it>it)"
    r"|(?P<positions>(?:(?:their|its|the)\s+)?(?:positions|trenches)\s+(?:in|near|around|at)\s+)?"  # ("shelled their positions in
    r"(?P<plural>them|both(?:\s+(?:villages|towns|settlements))?|all\s+of\s+them|the\s+(?:towns|villages|settlements)))"  # both villages")
    r"\b(?!\s+of\b)",
    FLAGS,
)
# An attack's place said as "there" or "its outskirts" a few words after it: "shelling had damaged a water pumping
# station there", "the fighting there has not stopped", "fighting continues on its outskirts" (not "there were", "there
# has been": no place).
THERE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:there\b(?!\s+(?:is|are|was|were|will|would|remain|seem)\w*\b|\s+(?:has|have|had)\s+been\b)"
    r"|(?:in|on|at|around|near)\s+its\s+(?:(?:[a-z]+ern|outer|inner|industrial)\s+)?(?:outskirts|edges?|cent(?:re|er)|streets|suburbs|districts)\b)",
    FLAGS,
)
# What separates an anaphoric object from the names it may stand for: a new clause, not an adjunct
# ("moved into X after weeks of shelling and captured the town" reads across the "after").
ANAPHOR_BARRIER = re.compile(
    r";|\b(?:but|while|whereas|although|though|however|unless|if|whether|which|who|where)\b"
    r"|,\s+and\s+(?:the\s+|many\s+|some\s+)?[a-z]{3,}s\s+[a-z]+ed\b",  # ", and commentators compared"
    FLAGS,
)
# A subject that refers back to a name before it: "...; it was freed in September", "and the town fell a
# month later", "... was bombarded for weeks and finally fell".
# "its capture", "its eventual liberation": the place before is the object of the event noun.
POSSESSIVE_ANAPHOR = re.compile(r"\bits\s+(?:\w+\s+)?$", FLAGS)
# "the town's liberation": the place before, named by its kind as the owner of the event noun.
KIND_POSSESSIVE = re.compile(r"\bthe\s+(?:town|city|village)['’]s\s+(?:\w+\s+)?$", FLAGS)
# A place's own holders, named by "its" before their withdrawal: "attacked X, and its small Ukrainian garrison withdrew".
POSSESSED_HOLDERS = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}?(?:garrison|defenders)\s+(?:had\s+|then\s+|finally\s+|soon\s+)?$", FLAGS)
SUBJECT_ANAPHOR = re.compile(
    r"(?:\b(?:it|both|all\s+(?:three|four|five|of\s+them)|(?:the|that|this|these|those)\s+(?:whole\s+|entire\s+)?(?:two\s+|three\s+)?(?:towns?|city|cities|villages?|settlements?))"
    r"\s+(?:\w+\s+){0,2}?|\band\s+"  # (a plural: "held A and B, though both came under heavy fire")
    # (with a place of its own: "... of Pokrovsk, and from May the city and neighbouring Myrnohrad were hit")
    r"|(?P<with>\bthe\s+(?:town|city|village)\s+and\s+(?:(?:neighbouring|neighboring|nearby)\s+)?(?-i:[A-Z])[\w'’-]+\s+))"
    r"(?:(?:had|has|was|were|is|finally|eventually|then|later|soon|also|been|\w+ly)\s+)*$",
    FLAGS,
)
