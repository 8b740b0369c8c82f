"""The genre sets: the real pipeline on reports and captions written for the project, per genre.

``tests/data/genres`` (assessments, General Staff summaries, wire copy, a news page, 40 captions),
``tests/data/genres_2`` (blind until 2026-12-02), ``tests/data/genres_3``, ``tests/data/genres_4``, the three encyclopaedia
sets and ``tests/data/captions_5`` (160 captions), ``tests/data/captions_7`` (100), ``tests/data/encyclopaedia_4``,
``tests/data/encyclopaedia_5`` to ``_12`` and ``_14``, ``tests/data/genres_5`` to ``_14``, ``tests/data/captions_9``,
``_11`` and ``_15`` (each read once
first, as a measure of text never seen) are development sets of the
reading: their misses are read and their general causes fixed. ``tests/data/genres_blind_2`` was written apart, by
another hand, to stay blind: its misses are never read, and these tests report its overall figures
only. All are scored with the full UA dump, every
report of a set in one run (captions are each other's context, as in ``mapper extract``), and fail
when the figures fall below the floors recorded here: what the pipeline reached, less about 0.03.
Raise the floors as the pipeline improves; never lower them to pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapper.evaluate import Evaluation, evaluate

DATA = Path(__file__).resolve().parent / "data"
SETS = {
    # set: (gold files, reports folder, floors: precision, recall, same place)
    "genres": (sorted((DATA / "genres").glob("*.gold.json")), DATA / "genres", (0.94, 0.95, 0.96)),
    "captions": (sorted((DATA / "genres" / "captions").glob("*.gold.json")), DATA / "genres" / "captions",
                 (0.94, 0.94, 0.94)),
    "genres 2": (sorted((DATA / "genres_2").glob("*.gold.json")), DATA / "genres_2", (0.95, 0.91, 0.95)),
    "captions 2": (sorted((DATA / "genres_2" / "captions").glob("*.gold.json")),
                   DATA / "genres_2" / "captions", (0.95, 0.93, 0.94)),
    "genres 3": (sorted((DATA / "genres_3").glob("*.gold.json")), DATA / "genres_3", (0.95, 0.92, 0.95)),
    "captions 3": (sorted((DATA / "genres_3" / "captions").glob("*.gold.json")),
                   DATA / "genres_3" / "captions", (0.93, 0.93, 0.92)),
    "genres 4": (sorted((DATA / "genres_4").glob("*.gold.json")), DATA / "genres_4", (0.94, 0.92, 0.95)),
    "captions 4": (sorted((DATA / "genres_4" / "captions").glob("*.gold.json")),
                   DATA / "genres_4" / "captions", (0.87, 0.87, 0.95)),
    "captions 5": (sorted((DATA / "captions_5").glob("*.gold.json")), DATA / "captions_5", (0.93, 0.89, 0.95)),
    "encyclopaedia": (sorted((DATA / "encyclopaedia").glob("*.gold.json")), DATA / "encyclopaedia",
                      (0.94, 0.91, 0.95)),
    "encyclopaedia 2": (sorted((DATA / "encyclopaedia_2").glob("*.gold.json")), DATA / "encyclopaedia_2",
                        (0.93, 0.84, 0.94)),
    "encyclopaedia 3": (sorted((DATA / "encyclopaedia_3").glob("*.gold.json")), DATA / "encyclopaedia_3",
                        (0.91, 0.80, 0.95)),
    "genres 5": (sorted((DATA / "genres_5").glob("*.gold.json")), DATA / "genres_5", (0.92, 0.90, 0.95)),
    "genres 5 captions": (sorted((DATA / "genres_5" / "captions").glob("*.gold.json")),
                   DATA / "genres_5" / "captions", (0.90, 0.82, 0.95)),
    "encyclopaedia 4": (sorted((DATA / "encyclopaedia_4").glob("*.gold.json")), DATA / "encyclopaedia_4",
                        (0.91, 0.77, 0.96)),
    "genres 6": (sorted((DATA / "genres_6").glob("*.gold.json")), DATA / "genres_6", (0.96, 0.95, 0.96)),
    "genres 6 captions": (sorted((DATA / "genres_6" / "captions").glob("*.gold.json")),
                          DATA / "genres_6" / "captions", (0.93, 0.93, 0.96)),
    "genres 7": (sorted((DATA / "genres_7").glob("*.gold.json")), DATA / "genres_7", (0.95, 0.92, 0.95)),
    "captions 7": (sorted((DATA / "captions_7").glob("*.gold.json")), DATA / "captions_7", (0.84, 0.81, 0.93)),
    "encyclopaedia 5": (sorted((DATA / "encyclopaedia_5").glob("*.gold.json")), DATA / "encyclopaedia_5",
                        (0.95, 0.82, 0.93)),
    "encyclopaedia 6": (sorted((DATA / "encyclopaedia_6").glob("*.gold.json")), DATA / "encyclopaedia_6",
                        (0.91, 0.89, 0.95)),
    "encyclopaedia 7": (sorted((DATA / "encyclopaedia_7").glob("*.gold.json")), DATA / "encyclopaedia_7",
                        (0.94, 0.83, 0.96)),
    "genres 8": (sorted((DATA / "genres_8").glob("*.gold.json")), DATA / "genres_8", (0.91, 0.89, 0.94)),
    "genres 8 captions": (sorted((DATA / "genres_8" / "captions").glob("*.gold.json")),
                          DATA / "genres_8" / "captions", (0.92, 0.93, 0.96)),
    "genres 9": (sorted((DATA / "genres_9").glob("*.gold.json")), DATA / "genres_9", (0.94, 0.94, 0.96)),
    "genres 9 captions": (sorted((DATA / "genres_9" / "captions").glob("*.gold.json")),
                          DATA / "genres_9" / "captions", (0.93, 0.88, 0.96)),
    "captions 9": (sorted((DATA / "captions_9").glob("*.gold.json")), DATA / "captions_9", (0.89, 0.88, 0.96)),
    "encyclopaedia 8": (sorted((DATA / "encyclopaedia_8").glob("*.gold.json")), DATA / "encyclopaedia_8",
                        (0.92, 0.87, 0.92)),
    "genres 10": (sorted((DATA / "genres_10").glob("*.gold.json")), DATA / "genres_10", (0.94, 0.92, 0.96)),
    "genres 10 captions": (sorted((DATA / "genres_10" / "captions").glob("*.gold.json")),
                           DATA / "genres_10" / "captions", (0.94, 0.90, 0.96)),
    "encyclopaedia 9": (sorted((DATA / "encyclopaedia_9").glob("*.gold.json")), DATA / "encyclopaedia_9",
                        (0.93, 0.90, 0.97)),
    "genres 11": (sorted((DATA / "genres_11").glob("*.gold.json")), DATA / "genres_11", (0.93, 0.91, 0.95)),
    "genres 11 captions": (sorted((DATA / "genres_11" / "captions").glob("*.gold.json")),
                           DATA / "genres_11" / "captions", (0.95, 0.89, 0.97)),
    "captions 11": (sorted((DATA / "captions_11").glob("*.gold.json")), DATA / "captions_11", (0.95, 0.95, 0.96)),
    "encyclopaedia 10": (sorted((DATA / "encyclopaedia_10").glob("*.gold.json")), DATA / "encyclopaedia_10",
                         (0.91, 0.90, 0.94)),
    "genres 12": (sorted((DATA / "genres_12").glob("*.gold.json")), DATA / "genres_12", (0.93, 0.92, 0.95)),
    "encyclopaedia 11": (sorted((DATA / "encyclopaedia_11").glob("*.gold.json")), DATA / "encyclopaedia_11",
                         (0.91, 0.76, 0.96)),
    "genres 12 captions": (sorted((DATA / "genres_12" / "captions").glob("*.gold.json")),
                           DATA / "genres_12" / "captions", (0.93, 0.93, 0.94)),
    "encyclopaedia 12": (sorted((DATA / "encyclopaedia_12").glob("*.gold.json")), DATA / "encyclopaedia_12",
                         (0.89, 0.89, 0.93)),
    "genres 13": (sorted((DATA / "genres_13").glob("*.gold.json")), DATA / "genres_13", (0.94, 0.96, 0.96)),
    # (its gold leaves city districts out; the dev gold gives them their events: "a drone attacks a minibus in the
    # Dniprovskyi district" reads the district attacked, one false alarm here)
    "genres 13 captions": (sorted((DATA / "genres_13" / "captions").glob("*.gold.json")),
                           DATA / "genres_13" / "captions", (0.91, 0.93, 0.94)),
    "encyclopaedia 14": (sorted((DATA / "encyclopaedia_14").glob("*.gold.json")), DATA / "encyclopaedia_14",
                         (0.94, 0.87, 0.95)),
    "genres 14": (sorted((DATA / "genres_14").glob("*.gold.json")), DATA / "genres_14", (0.95, 0.93, 0.95)),
    "genres 14 captions": (sorted((DATA / "genres_14" / "captions").glob("*.gold.json")),
                           DATA / "genres_14" / "captions", (0.82, 0.82, 0.86)),
    "captions 15": (sorted((DATA / "captions_15").glob("*.gold.json")), DATA / "captions_15", (0.92, 0.87, 0.97)),
    "genres 15": (sorted((DATA / "genres_15").glob("*.gold.json")), DATA / "genres_15", (0.93, 0.94, 0.95)),
    "genres 15 captions": (sorted((DATA / "genres_15" / "captions").glob("*.gold.json")),
                           DATA / "genres_15" / "captions", (0.85, 0.85, 0.91)),
    "captions 16": (sorted((DATA / "captions_16").glob("*.gold.json")), DATA / "captions_16", (0.91, 0.93, 0.94)),
    "captions 17": (sorted((DATA / "captions_17").glob("*.gold.json")), DATA / "captions_17", (0.89, 0.89, 0.94)),
    # blind: its figures only, never its misses
    "genres blind 2": (sorted((DATA / "genres_blind_2").glob("*.gold.json")), DATA / "genres_blind_2",
                       (0.93, 0.75, 0.94)),
    "captions blind 2": (sorted((DATA / "genres_blind_2" / "captions").glob("*.gold.json")),
                         DATA / "genres_blind_2" / "captions", (0.93, 0.82, 0.96)),
    # blind through the session of 2026-12-04 (first read 0.836, at its end 0.857), then a development set
    "encyclopaedia 13": (sorted((DATA / "encyclopaedia_13").glob("*.gold.json")), DATA / "encyclopaedia_13",
                         (0.87, 0.78, 0.95)),
    # blind through the ninth session, 2026-12-04 (first read 0.832, at its end 0.841), then a development set
    "encyclopaedia 15": (sorted((DATA / "encyclopaedia_15").glob("*.gold.json")), DATA / "encyclopaedia_15",
                         (0.85, 0.85, 0.96)),
    # blind: its figures only, never its misses (first read 0.980 / captions 0.933, ninth session, 2026-12-04)
    "genres 16": (sorted((DATA / "genres_16").glob("*.gold.json")), DATA / "genres_16", (0.93, 0.96, 0.95)),
    "genres 16 captions": (sorted((DATA / "genres_16" / "captions").glob("*.gold.json")),
                           DATA / "genres_16" / "captions", (0.96, 0.84, 0.88)),
    # blind: its figures only, never its misses (written at the end of the ninth session for the next; first read
    # on 34570f0: 0.865)
    "encyclopaedia 16": (sorted((DATA / "encyclopaedia_16").glob("*.gold.json")), DATA / "encyclopaedia_16",
                         (0.89, 0.78, 0.92)),
    # first read at the start of the tenth session, 2026-12-04, on abd99a4 (0.895; 0.962; 0.952 / captions 0.889),
    # then development sets
    "encyclopaedia 17": (sorted((DATA / "encyclopaedia_17").glob("*.gold.json")), DATA / "encyclopaedia_17",
                         (0.89, 0.84, 0.97)),
    "encyclopaedia 19": (sorted((DATA / "encyclopaedia_19").glob("*.gold.json")), DATA / "encyclopaedia_19",
                         (0.92, 0.93, 0.97)),
    "genres 17": (sorted((DATA / "genres_17").glob("*.gold.json")), DATA / "genres_17", (0.91, 0.93, 0.96)),
    "genres 17 captions": (sorted((DATA / "genres_17" / "captions").glob("*.gold.json")),
                           DATA / "genres_17" / "captions", (0.95, 0.75, 0.95)),
    # first read mid-session (tenth session, 2026-12-04, on 58994c5: 0.923; 0.843), then development sets
    "captions 18": (sorted((DATA / "captions_18").glob("*.gold.json")), DATA / "captions_18", (0.90, 0.89, 0.93)),
    "encyclopaedia 20": (sorted((DATA / "encyclopaedia_20").glob("*.gold.json")), DATA / "encyclopaedia_20",
                         (0.83, 0.79, 0.97)),
    # blind for the eleventh session: figures only, never misses (written at the end of the tenth; first read on
    # 6acb55a: 0.908; 0.953 / captions 1.000)
    "encyclopaedia 21": (sorted((DATA / "encyclopaedia_21").glob("*.gold.json")), DATA / "encyclopaedia_21",
                         (0.87, 0.88, 0.86)),
    "genres 18": (sorted((DATA / "genres_18").glob("*.gold.json")), DATA / "genres_18", (0.92, 0.92, 0.97)),
    "genres 18 captions": (sorted((DATA / "genres_18" / "captions").glob("*.gold.json")),
                           DATA / "genres_18" / "captions", (0.90, 0.90, 0.95)),
    # first read at the start of the eleventh session, 2026-12-05, on 472d829 (0.944; 0.971 / captions 0.963;
    # 0.955), then development sets
    "encyclopaedia 22": (sorted((DATA / "encyclopaedia_22").glob("*.gold.json")), DATA / "encyclopaedia_22",
                         (0.95, 0.94, 0.97)),
    "genres 19": (sorted((DATA / "genres_19").glob("*.gold.json")), DATA / "genres_19", (0.95, 0.95, 0.97)),
    "genres 19 captions": (sorted((DATA / "genres_19" / "captions").glob("*.gold.json")),
                           DATA / "genres_19" / "captions", (0.92, 0.92, 0.95)),
    "captions 19": (sorted((DATA / "captions_19").glob("*.gold.json")), DATA / "captions_19", (0.92, 0.93, 0.95)),
    # first read mid-session (eleventh session, 2026-12-05, on 66d478d: 0.938; a6a1e01: 0.890; 0.948 / captions
    # 0.963), then development sets
    "captions 20": (sorted((DATA / "captions_20").glob("*.gold.json")), DATA / "captions_20", (0.95, 0.95, 0.97)),
    "encyclopaedia 23": (sorted((DATA / "encyclopaedia_23").glob("*.gold.json")), DATA / "encyclopaedia_23",
                         (0.96, 0.91, 0.98)),
    "genres 20": (sorted((DATA / "genres_20").glob("*.gold.json")), DATA / "genres_20", (0.93, 0.91, 0.96)),
    "genres 20 captions": (sorted((DATA / "genres_20" / "captions").glob("*.gold.json")),
                           DATA / "genres_20" / "captions", (0.92, 0.90, 0.95)),
    "encyclopaedia 24": (sorted((DATA / "encyclopaedia_24").glob("*.gold.json")), DATA / "encyclopaedia_24",
                         (0.91, 0.91, 0.95)),
    # first read late in the eleventh session, 2026-12-05, on 8d5c92d (0.910 / captions 1.000; 0.898 / captions
    # 0.929), then development sets
    "genres 21": (sorted((DATA / "genres_21").glob("*.gold.json")), DATA / "genres_21", (0.90, 0.87, 0.94)),
    "genres 21 captions": (sorted((DATA / "genres_21" / "captions").glob("*.gold.json")),
                           DATA / "genres_21" / "captions", (0.92, 0.92, 0.95)),
    "genres 22": (sorted((DATA / "genres_22").glob("*.gold.json")), DATA / "genres_22", (0.88, 0.85, 0.94)),
    "genres 22 captions": (sorted((DATA / "genres_22" / "captions").glob("*.gold.json")),
                           DATA / "genres_22" / "captions", (0.90, 0.90, 0.95)),
    # first read at the eleventh session's end (on 7d38162: 0.833), then a development set
    "captions 21": (sorted((DATA / "captions_21").glob("*.gold.json")), DATA / "captions_21", (0.89, 0.85, 0.94)),
    # first read at the eleventh session's end (on 2016783: 0.787; 0.907 / captions 0.914), then development sets
    "encyclopaedia 26": (sorted((DATA / "encyclopaedia_26").glob("*.gold.json")), DATA / "encyclopaedia_26",
                         (0.80, 0.78, 0.87)),
    "genres 24": (sorted((DATA / "genres_24").glob("*.gold.json")), DATA / "genres_24", (0.94, 0.85, 0.95)),
    "genres 24 captions": (sorted((DATA / "genres_24" / "captions").glob("*.gold.json")),
                           DATA / "genres_24" / "captions", (0.90, 0.85, 0.95)),
    # blind for the twelfth session: figures only, never misses (written at the end of the eleventh; first read on
    # 197303e: 0.901 / captions 0.909)
    "encyclopaedia 25": (sorted((DATA / "encyclopaedia_25").glob("*.gold.json")), DATA / "encyclopaedia_25",
                         (0.91, 0.81, 0.92)),  # (first read on 093c993: 0.897)
    "genres 23": (sorted((DATA / "genres_23").glob("*.gold.json")), DATA / "genres_23", (0.87, 0.85, 0.91)),
    "genres 23 captions": (sorted((DATA / "genres_23" / "captions").glob("*.gold.json")),
                           DATA / "genres_23" / "captions", (0.88, 0.82, 0.92)),
    # first read at the twelfth session's start (on 45b8ca2: 0.865, 0.808 / captions 0.971, 0.952), then development sets
    "encyclopaedia 27": (sorted((DATA / "encyclopaedia_27").glob("*.gold.json")), DATA / "encyclopaedia_27",
                         (0.86, 0.90, 0.96)),
    "genres 25": (sorted((DATA / "genres_25").glob("*.gold.json")), DATA / "genres_25", (0.87, 0.90, 0.92)),
    "genres 25 captions": (sorted((DATA / "genres_25" / "captions").glob("*.gold.json")),
                           DATA / "genres_25" / "captions", (0.97, 0.97, 0.97)),
    "captions 22": (sorted((DATA / "captions_22").glob("*.gold.json")), DATA / "captions_22", (0.97, 0.97, 0.97)),
    # first read in the twelfth session (on 9453fc9 / 1be0609: 0.833, 0.884, 0.935 / captions 0.929), then development sets
    "captions 23": (sorted((DATA / "captions_23").glob("*.gold.json")), DATA / "captions_23", (0.95, 0.95, 0.97)),
    "encyclopaedia 28": (sorted((DATA / "encyclopaedia_28").glob("*.gold.json")), DATA / "encyclopaedia_28",
                         (0.86, 0.85, 0.97)),
    "genres 26": (sorted((DATA / "genres_26").glob("*.gold.json")), DATA / "genres_26", (0.91, 0.90, 0.97)),
    "genres 26 captions": (sorted((DATA / "genres_26" / "captions").glob("*.gold.json")),
                           DATA / "genres_26" / "captions", (0.90, 0.90, 0.93)),
    # first read in the twelfth session (on 6534358: 0.914, 0.816 (0.837 after a clerical fix), 0.944 / captions
    # 0.941), then development sets
    "captions 24": (sorted((DATA / "captions_24").glob("*.gold.json")), DATA / "captions_24", (0.94, 0.92, 0.96)),
    "encyclopaedia 30": (sorted((DATA / "encyclopaedia_30").glob("*.gold.json")), DATA / "encyclopaedia_30",
                         (0.81, 0.81, 0.94)),
    "genres 28": (sorted((DATA / "genres_28").glob("*.gold.json")), DATA / "genres_28", (0.90, 0.94, 0.97)),
    "genres 28 captions": (sorted((DATA / "genres_28" / "captions").glob("*.gold.json")),
                           DATA / "genres_28" / "captions", (0.90, 0.90, 0.93)),
    # blind for the thirteenth session: figures only, never misses (written at the end of the twelfth; first read on
    # 948f71d / 1aca762: 0.875; 0.947 / captions 0.815)
    "encyclopaedia 29": (sorted((DATA / "encyclopaedia_29").glob("*.gold.json")), DATA / "encyclopaedia_29",
                         (0.86, 0.84, 0.96)),
    "genres 27": (sorted((DATA / "genres_27").glob("*.gold.json")), DATA / "genres_27", (0.95, 0.90, 0.94)),
    "genres 27 captions": (sorted((DATA / "genres_27" / "captions").glob("*.gold.json")),
                           DATA / "genres_27" / "captions", (0.82, 0.76, 0.93)),
    # first read at the thirteenth session's start (on e4dc1f9: 0.842; 0.956 / captions 0.966; 0.940), then development sets
    "encyclopaedia 31": (sorted((DATA / "encyclopaedia_31").glob("*.gold.json")), DATA / "encyclopaedia_31",
                         (0.97, 0.86, 0.96)),
    "genres 29": (sorted((DATA / "genres_29").glob("*.gold.json")), DATA / "genres_29", (0.97, 0.96, 0.95)),
    "genres 29 captions": (sorted((DATA / "genres_29" / "captions").glob("*.gold.json")),
                           DATA / "genres_29" / "captions", (0.90, 0.95, 0.97)),
    "captions 25": (sorted((DATA / "captions_25").glob("*.gold.json")), DATA / "captions_25", (0.95, 0.97, 0.98)),
    # first read in the thirteenth session (on 34ff51f: 0.767 / captions 0.727; 0.860; 0.957), then development sets
    "genres 30": (sorted((DATA / "genres_30").glob("*.gold.json")), DATA / "genres_30", (0.94, 0.88, 0.94)),
    "genres 30 captions": (sorted((DATA / "genres_30" / "captions").glob("*.gold.json")),
                           DATA / "genres_30" / "captions", (0.88, 0.88, 0.97)),
    "captions 26": (sorted((DATA / "captions_26").glob("*.gold.json")), DATA / "captions_26", (0.93, 0.83, 0.93)),
    "encyclopaedia 32": (sorted((DATA / "encyclopaedia_32").glob("*.gold.json")), DATA / "encyclopaedia_32",
                         (0.96, 0.91, 0.94)),
    # blind for the fourteenth session: figures only, never misses (written at the end of the thirteenth; first read on
    # 696c96e: 0.819; 0.942 (0.971 after the helper's clerical id fix) / captions 0.968)
    "encyclopaedia 33": (sorted((DATA / "encyclopaedia_33").glob("*.gold.json")), DATA / "encyclopaedia_33",
                         (0.84, 0.76, 0.92)),
    "genres 31": (sorted((DATA / "genres_31").glob("*.gold.json")), DATA / "genres_31", (0.97, 0.92, 0.97)),
    "genres 31 captions": (sorted((DATA / "genres_31" / "captions").glob("*.gold.json")),
                           DATA / "genres_31" / "captions", (0.92, 0.97, 0.97)),
    # first read at the fourteenth session's start (on 3c7111d: 0.925; 0.968 / captions 1.000; 0.947), then
    # development sets
    "encyclopaedia 34": (sorted((DATA / "encyclopaedia_34").glob("*.gold.json")), DATA / "encyclopaedia_34",
                         (0.93, 0.88, 0.96)),
    "genres 32": (sorted((DATA / "genres_32").glob("*.gold.json")), DATA / "genres_32", (0.93, 0.96, 0.96)),
    "genres 32 captions": (sorted((DATA / "genres_32" / "captions").glob("*.gold.json")),
                           DATA / "genres_32" / "captions", (0.97, 0.97, 0.97)),
    "captions 27": (sorted((DATA / "captions_27").glob("*.gold.json")), DATA / "captions_27", (0.97, 0.88, 0.96)),
    # first read in the fourteenth session (on 79721ab: 0.955; 0.846), then development sets
    "encyclopaedia 35": (sorted((DATA / "encyclopaedia_35").glob("*.gold.json")), DATA / "encyclopaedia_35",
                         (0.95, 0.91, 0.95)),
    "genres 33": (sorted((DATA / "genres_33").glob("*.gold.json")), DATA / "genres_33", (0.86, 0.79, 0.95)),
    # written in the fourteenth session to be blind for the fifteenth (first read on 8b2e226: 0.946; 0.891 / captions
    # 0.923); their misses were shown by mistake at the fifteenth's start, so they became development sets
    "encyclopaedia 36": (sorted((DATA / "encyclopaedia_36").glob("*.gold.json")), DATA / "encyclopaedia_36",
                         (0.91, 0.93, 0.97)),
    "genres 34": (sorted((DATA / "genres_34").glob("*.gold.json")), DATA / "genres_34", (0.91, 0.82, 0.94)),
    "genres 34 captions": (sorted((DATA / "genres_34" / "captions").glob("*.gold.json")),
                           DATA / "genres_34" / "captions", (0.83, 0.97, 0.97)),
    # blind for the fifteenth session: figures only, never misses (written in it, first read on f1477f6: 0.904;
    # 0.965 / captions 0.963)
    "encyclopaedia 37": (sorted((DATA / "encyclopaedia_37").glob("*.gold.json")), DATA / "encyclopaedia_37",
                         (0.97, 0.92, 0.96)),
    "genres 35": (sorted((DATA / "genres_35").glob("*.gold.json")), DATA / "genres_35", (0.94, 0.92, 0.96)),
    "genres 35 captions": (sorted((DATA / "genres_35" / "captions").glob("*.gold.json")),
                           DATA / "genres_35" / "captions", (0.95, 0.89, 0.96)),
    # first read in the fifteenth session (on f1477f6: 0.925 / captions 0.889), then a development set
    "genres 36": (sorted((DATA / "genres_36").glob("*.gold.json")), DATA / "genres_36", (0.93, 0.86, 0.94)),
    "genres 36 captions": (sorted((DATA / "genres_36" / "captions").glob("*.gold.json")),
                           DATA / "genres_36" / "captions", (0.95, 0.77, 0.93)),
    # blind for the sixteenth session: figures only, never misses (written in the fifteenth, first read on 42bf971:
    # 0.938; 0.964 / captions 0.857)
    "encyclopaedia 38": (sorted((DATA / "encyclopaedia_38").glob("*.gold.json")), DATA / "encyclopaedia_38",
                         (0.95, 0.95, 0.96)),
    "genres 37": (sorted((DATA / "genres_37").glob("*.gold.json")), DATA / "genres_37", (0.91, 0.95, 0.95)),
    "genres 37 captions": (sorted((DATA / "genres_37" / "captions").glob("*.gold.json")),
                           DATA / "genres_37" / "captions", (0.95, 0.72, 0.92)),
    # first read in the sixteenth session (on 080153a: 0.941), then a development set
    "encyclopaedia 40": (sorted((DATA / "encyclopaedia_40").glob("*.gold.json")), DATA / "encyclopaedia_40",
                         (0.92, 0.88, 0.97)),
    # blind for the seventeenth session: figures only, never misses (written in the sixteenth, first read on 080153a:
    # 0.842; 0.949 / captions 0.960)
    "encyclopaedia 39": (sorted((DATA / "encyclopaedia_39").glob("*.gold.json")), DATA / "encyclopaedia_39",
                         (0.93, 0.97, 0.96)),
    "genres 38": (sorted((DATA / "genres_38").glob("*.gold.json")), DATA / "genres_38", (0.91, 0.91, 0.96)),
    "genres 38 captions": (sorted((DATA / "genres_38" / "captions").glob("*.gold.json")),
                           DATA / "genres_38" / "captions", (0.95, 0.88, 0.92)),
    # first read in the seventeenth session (on fc4148d: 0.865), then a development set
    "encyclopaedia 41": (sorted((DATA / "encyclopaedia_41").glob("*.gold.json")), DATA / "encyclopaedia_41",
                         (0.90, 0.90, 0.97)),
    # blind through the eighteenth session (written in the seventeenth, first read on b731a93: 0.653; 0.922 / captions
    # 0.923), developed on in the nineteenth
    "encyclopaedia 42": (sorted((DATA / "encyclopaedia_42").glob("*.gold.json")), DATA / "encyclopaedia_42",
                         (0.85, 0.82, 0.95)),
    "genres 39": (sorted((DATA / "genres_39").glob("*.gold.json")), DATA / "genres_39", (0.98, 0.93, 0.98)),
    "genres 39 captions": (sorted((DATA / "genres_39" / "captions").glob("*.gold.json")),
                           DATA / "genres_39" / "captions", (0.98, 0.98, 0.98)),
    # written in the eighteenth session as a development set (first read on bfe41a8: 0.857)
    "encyclopaedia 43": (sorted((DATA / "encyclopaedia_43").glob("*.gold.json")), DATA / "encyclopaedia_43",
                         (0.91, 0.87, 0.95)),
    # written blind in the eighteenth session, a development set from its first day (see its README; first read on
    # bfe41a8: 0.813)
    "encyclopaedia 44": (sorted((DATA / "encyclopaedia_44").glob("*.gold.json")), DATA / "encyclopaedia_44",
                         (0.93, 0.95, 0.96)),
    # blind through the nineteenth session (first read on bfe41a8: 0.897 / captions 0.933; at the nineteenth's end
    # 0.938 / 0.933), developed on in the twentieth
    "genres 40": (sorted((DATA / "genres_40").glob("*.gold.json")), DATA / "genres_40", (0.85, 0.90, 0.94)),
    "genres 40 captions": (sorted((DATA / "genres_40" / "captions").glob("*.gold.json")),
                           DATA / "genres_40" / "captions", (0.85, 0.95, 0.97)),
    # written in the nineteenth session as a development set (first read on a0a87c2: 0.928)
    "encyclopaedia 45": (sorted((DATA / "encyclopaedia_45").glob("*.gold.json")), DATA / "encyclopaedia_45",
                         (0.98, 0.98, 0.97)),
    # written in the nineteenth session as development sets (first reads on a0a87c2: 0.887, 0.933)
    "encyclopaedia 47": (sorted((DATA / "encyclopaedia_47").glob("*.gold.json")), DATA / "encyclopaedia_47",
                         (0.96, 0.92, 0.98)),
    "encyclopaedia 48": (sorted((DATA / "encyclopaedia_48").glob("*.gold.json")), DATA / "encyclopaedia_48",
                         (0.93, 0.95, 0.98)),
    # written in the nineteenth session as development sets (first reads: 0.842 on a0a87c2; 0.957 / captions 0.950)
    "encyclopaedia 49": (sorted((DATA / "encyclopaedia_49").glob("*.gold.json")), DATA / "encyclopaedia_49",
                         (0.85, 0.85, 0.84)),  # (recall 0.892 -> 0.865 in the twentieth: a pair got by a list that was a clause)
    "genres 42": (sorted((DATA / "genres_42").glob("*.gold.json")), DATA / "genres_42", (0.97, 0.97, 0.98)),
    "genres 42 captions": (sorted((DATA / "genres_42" / "captions").glob("*.gold.json")),
                           DATA / "genres_42" / "captions", (0.93, 0.93, 0.94)),
    # written in the nineteenth session as development sets in the layout of the real articles as published (first
    # reads on a0a87c2: 0.966, 0.939)
    "encyclopaedia 50": (sorted((DATA / "encyclopaedia_50").glob("*.gold.json")), DATA / "encyclopaedia_50",
                         (0.97, 0.90, 0.84)),
    "encyclopaedia 51": (sorted((DATA / "encyclopaedia_51").glob("*.gold.json")), DATA / "encyclopaedia_51",
                         (0.98, 0.98, 0.90)),
    "encyclopaedia 52": (sorted((DATA / "encyclopaedia_52").glob("*.gold.json")), DATA / "encyclopaedia_52",
                         (0.90, 0.87, 0.86)),
    # blind for the twentieth session: figures only, never misses (first read on a0a87c2: 0.889)
    "encyclopaedia 46": (sorted((DATA / "encyclopaedia_46").glob("*.gold.json")), DATA / "encyclopaedia_46",
                         (0.86, 0.86, 0.93)),
    # blind for the twentieth session: figures only, never misses (first read on a0a87c2: 0.935 / captions 0.960)
    "genres 41": (sorted((DATA / "genres_41").glob("*.gold.json")), DATA / "genres_41", (0.88, 0.93, 0.96)),
    "genres 41 captions": (sorted((DATA / "genres_41" / "captions").glob("*.gold.json")),
                           DATA / "genres_41" / "captions", (0.95, 0.90, 0.94)),
    # written in the twentieth session as development sets (first reads on 085f033 or later commits of the session:
    # genres_43 0.963 / captions 0.917; encyclopaedia_53 0.871, _54 0.795, _55 0.955, _57 0.945, _58 0.896, _59 0.912,
    # _60 0.931; genres_45 0.959 / 0.914; genres_46 0.885 / 0.739)
    "genres 43": (sorted((DATA / "genres_43").glob("*.gold.json")), DATA / "genres_43",
                 (0.93, 0.95, 0.96)),
    "genres 43 captions": (sorted((DATA / "genres_43" / "captions").glob("*.gold.json")),
                          DATA / "genres_43" / "captions", (0.88, 0.88, 0.95)),
    "encyclopaedia 53": (sorted((DATA / "encyclopaedia_53").glob("*.gold.json")), DATA / "encyclopaedia_53",
                        (0.90, 0.95, 0.97)),
    "encyclopaedia 54": (sorted((DATA / "encyclopaedia_54").glob("*.gold.json")), DATA / "encyclopaedia_54",
                        (0.88, 0.86, 0.90)),
    "encyclopaedia 55": (sorted((DATA / "encyclopaedia_55").glob("*.gold.json")), DATA / "encyclopaedia_55",
                        (0.96, 0.96, 0.97)),
    "encyclopaedia 57": (sorted((DATA / "encyclopaedia_57").glob("*.gold.json")), DATA / "encyclopaedia_57",
                        (0.93, 0.96, 0.97)),
    "encyclopaedia 58": (sorted((DATA / "encyclopaedia_58").glob("*.gold.json")), DATA / "encyclopaedia_58",
                        (0.94, 0.88, 0.97)),
    "encyclopaedia 59": (sorted((DATA / "encyclopaedia_59").glob("*.gold.json")), DATA / "encyclopaedia_59",
                        (0.96, 0.94, 0.97)),
    "encyclopaedia 60": (sorted((DATA / "encyclopaedia_60").glob("*.gold.json")), DATA / "encyclopaedia_60",
                        (0.90, 0.90, 0.96)),
    "genres 45": (sorted((DATA / "genres_45").glob("*.gold.json")), DATA / "genres_45",
                 (0.92, 0.96, 0.97)),
    "genres 45 captions": (sorted((DATA / "genres_45" / "captions").glob("*.gold.json")),
                          DATA / "genres_45" / "captions", (0.91, 0.96, 0.96)),
    "genres 46": (sorted((DATA / "genres_46").glob("*.gold.json")), DATA / "genres_46",
                 (0.92, 0.89, 0.93)),
    "genres 46 captions": (sorted((DATA / "genres_46" / "captions").glob("*.gold.json")),
                          DATA / "genres_46" / "captions", (0.96, 0.96, 0.75)),
    # written late in the twentieth session as development sets (first reads on 13eee5a: encyclopaedia_61 0.893;
    # genres_47 0.964 / captions 0.950; genres_48 0.956 / 0.974)
    "encyclopaedia 61": (sorted((DATA / "encyclopaedia_61").glob("*.gold.json")), DATA / "encyclopaedia_61",
                         (0.90, 0.85, 0.97)),
    "genres 47": (sorted((DATA / "genres_47").glob("*.gold.json")), DATA / "genres_47", (0.92, 0.96, 0.94)),
    "genres 47 captions": (sorted((DATA / "genres_47" / "captions").glob("*.gold.json")),
                           DATA / "genres_47" / "captions", (0.90, 0.96, 0.94)),
    "genres 48": (sorted((DATA / "genres_48").glob("*.gold.json")), DATA / "genres_48", (0.94, 0.92, 0.97)),
    "genres 48 captions": (sorted((DATA / "genres_48" / "captions").glob("*.gold.json")),
                           DATA / "genres_48" / "captions", (0.96, 0.92, 0.97)),
    # blind through the twenty-first session (first reads on 368691a or later commits of the twentieth: genres_44
    # 0.928 / captions 0.600; encyclopaedia_56 0.875), developed on in the twenty-second
    "genres 44": (sorted((DATA / "genres_44").glob("*.gold.json")), DATA / "genres_44",
                 (0.88, 0.93, 0.94)),
    "genres 44 captions": (sorted((DATA / "genres_44" / "captions").glob("*.gold.json")),
                          DATA / "genres_44" / "captions", (0.72, 0.83, 0.90)),
    "encyclopaedia 56": (sorted((DATA / "encyclopaedia_56").glob("*.gold.json")), DATA / "encyclopaedia_56",
                        (0.95, 0.88, 0.97)),
    # written in the twenty-first session as development sets (first reads on 30e3c5e: encyclopaedia_63 0.818,
    # encyclopaedia_64 0.925; genres_49 0.927 / captions 0.984)
    "encyclopaedia 63": (sorted((DATA / "encyclopaedia_63").glob("*.gold.json")), DATA / "encyclopaedia_63",
                         (0.86, 0.83, 0.96)),
    "encyclopaedia 64": (sorted((DATA / "encyclopaedia_64").glob("*.gold.json")), DATA / "encyclopaedia_64",
                         (0.89, 0.91, 0.83)),
    "genres 49": (sorted((DATA / "genres_49").glob("*.gold.json")), DATA / "genres_49", (0.86, 0.90, 0.92)),
    "genres 49 captions": (sorted((DATA / "genres_49" / "captions").glob("*.gold.json")),
                           DATA / "genres_49" / "captions", (0.92, 0.95, 0.95)),
    # written later in the twenty-first session (first reads on 9c3ec53 / a8875bd: genres_51 0.964 / captions 0.952;
    # genres_52 0.905 / 0.839; encyclopaedia_65 0.897)
    "genres 51": (sorted((DATA / "genres_51").glob("*.gold.json")), DATA / "genres_51", (0.89, 0.95, 0.96)),
    "genres 51 captions": (sorted((DATA / "genres_51" / "captions").glob("*.gold.json")),
                           DATA / "genres_51" / "captions", (0.89, 0.92, 0.96)),
    "genres 52": (sorted((DATA / "genres_52").glob("*.gold.json")), DATA / "genres_52", (0.89, 0.92, 0.91)),
    "genres 52 captions": (sorted((DATA / "genres_52" / "captions").glob("*.gold.json")),
                           DATA / "genres_52" / "captions", (0.88, 0.76, 0.91)),
    "encyclopaedia 65": (sorted((DATA / "encyclopaedia_65").glob("*.gold.json")), DATA / "encyclopaedia_65",
                         (0.88, 0.83, 0.92)),
    # and later still (first reads on 3e0446d: genres_53 0.879; encyclopaedia_66 0.806; captions_28 0.855)
    "genres 53": (sorted((DATA / "genres_53").glob("*.gold.json")), DATA / "genres_53", (0.78, 0.89, 0.96)),
    "encyclopaedia 66": (sorted((DATA / "encyclopaedia_66").glob("*.gold.json")), DATA / "encyclopaedia_66",
                         (0.73, 0.78, 0.92)),
    "captions 28": (sorted((DATA / "captions_28").glob("*.gold.json")), DATA / "captions_28", (0.87, 0.84, 0.90)),
    # blind for the twenty-second session (first reads on 30e3c5e: encyclopaedia_62 0.915; genres_50 0.968 / captions
    # 0.923), developed on in the twenty-third
    "encyclopaedia 62": (sorted((DATA / "encyclopaedia_62").glob("*.gold.json")), DATA / "encyclopaedia_62",
                         (0.86, 0.95, 0.96)),
    "genres 50": (sorted((DATA / "genres_50").glob("*.gold.json")), DATA / "genres_50", (0.96, 0.96, 0.96)),
    "genres 50 captions": (sorted((DATA / "genres_50" / "captions").glob("*.gold.json")),
                           DATA / "genres_50" / "captions", (0.90, 0.85, 0.93)),
    # written in the twenty-second session as development sets (first reads on e3bf275 / 62cc6da: captions_29 0.872;
    # genres_55 0.831 / captions 1.000)
    "captions 29": (sorted((DATA / "captions_29").glob("*.gold.json")), DATA / "captions_29", (0.92, 0.92, 0.94)),
    "genres 55": (sorted((DATA / "genres_55").glob("*.gold.json")), DATA / "genres_55", (0.78, 0.82, 0.88)),
    "genres 55 captions": (sorted((DATA / "genres_55" / "captions").glob("*.gold.json")),
                           DATA / "genres_55" / "captions", (0.95, 0.95, 0.95)),
    # and later (first reads on ea06046: encyclopaedia_68 0.927; genres_56 0.882 / captions 0.903)
    "encyclopaedia 68": (sorted((DATA / "encyclopaedia_68").glob("*.gold.json")), DATA / "encyclopaedia_68",
                         (0.95, 0.92, 0.84)),
    "genres 56": (sorted((DATA / "genres_56").glob("*.gold.json")), DATA / "genres_56", (0.91, 0.84, 0.95)),
    "genres 56 captions": (sorted((DATA / "genres_56" / "captions").glob("*.gold.json")),
                           DATA / "genres_56" / "captions", (0.84, 0.90, 0.92)),
    # and later still (first reads on 51310d4: genres_57 0.907; encyclopaedia_69 0.815)
    "genres 57": (sorted((DATA / "genres_57").glob("*.gold.json")), DATA / "genres_57", (0.92, 0.87, 0.97)),
    "encyclopaedia 69": (sorted((DATA / "encyclopaedia_69").glob("*.gold.json")), DATA / "encyclopaedia_69",
                         (0.87, 0.72, 0.93)),
    # blind through the twenty-third session, developed on in the twenty-fourth (first reads on 8326a22: encyclopaedia_67 0.857;
    # genres_54 0.981 / captions 0.923)
    "encyclopaedia 67": (sorted((DATA / "encyclopaedia_67").glob("*.gold.json")), DATA / "encyclopaedia_67",
                         (0.93, 0.91, 0.97)),
    "genres 54": (sorted((DATA / "genres_54").glob("*.gold.json")), DATA / "genres_54", (0.95, 0.95, 0.92)),
    "genres 54 captions": (sorted((DATA / "genres_54" / "captions").glob("*.gold.json")),
                           DATA / "genres_54" / "captions", (0.95, 0.95, 0.95)),
    # written in the twenty-third session as development sets (first reads on 4c0f7a6: captions_30 0.862; genres_59 0.929;
    # genres_60 0.911 / captions 0.884; encyclopaedia_71 0.790)
    "captions 30": (sorted((DATA / "captions_30").glob("*.gold.json")), DATA / "captions_30", (0.90, 0.93, 0.94)),
    "genres 59": (sorted((DATA / "genres_59").glob("*.gold.json")), DATA / "genres_59", (0.95, 0.95, 0.97)),
    "genres 60": (sorted((DATA / "genres_60").glob("*.gold.json")), DATA / "genres_60", (0.85, 0.92, 0.93)),
    "genres 60 captions": (sorted((DATA / "genres_60" / "captions").glob("*.gold.json")),
                           DATA / "genres_60" / "captions", (0.82, 0.86, 0.90)),
    "encyclopaedia 71": (sorted((DATA / "encyclopaedia_71").glob("*.gold.json")), DATA / "encyclopaedia_71",
                         (0.89, 0.83, 0.84)),
    # and later (first reads on 0e2f9f5 and after: captions_31 0.957; genres_61 0.944 / captions 0.973; genres_62 0.876;
    # encyclopaedia_72 0.929; genres_63 0.957; encyclopaedia_73 0.837)
    "captions 31": (sorted((DATA / "captions_31").glob("*.gold.json")), DATA / "captions_31", (0.95, 0.95, 0.97)),
    "genres 61": (sorted((DATA / "genres_61").glob("*.gold.json")), DATA / "genres_61", (0.94, 0.94, 0.95)),
    "genres 61 captions": (sorted((DATA / "genres_61" / "captions").glob("*.gold.json")),
                           DATA / "genres_61" / "captions", (0.90, 0.95, 0.95)),
    "genres 62": (sorted((DATA / "genres_62").glob("*.gold.json")), DATA / "genres_62", (0.89, 0.94, 0.97)),
    "encyclopaedia 72": (sorted((DATA / "encyclopaedia_72").glob("*.gold.json")), DATA / "encyclopaedia_72",
                         (0.90, 0.90, 0.94)),
    "genres 63": (sorted((DATA / "genres_63").glob("*.gold.json")), DATA / "genres_63", (0.93, 0.93, 0.96)),
    "encyclopaedia 73": (sorted((DATA / "encyclopaedia_73").glob("*.gold.json")), DATA / "encyclopaedia_73",
                         (0.87, 0.84, 0.89)),
    # and the twenty-fourth session's (first reads on 9b009cf: captions_32 0.971; genres_64 0.938 / captions 0.927;
    # genres_65 0.969; encyclopaedia_74 0.795; encyclopaedia_75 0.905)
    "captions 32": (sorted((DATA / "captions_32").glob("*.gold.json")), DATA / "captions_32", (0.95, 0.94, 0.95)),
    "genres 64": (sorted((DATA / "genres_64").glob("*.gold.json")), DATA / "genres_64", (0.96, 0.97, 0.96)),
    "genres 64 captions": (sorted((DATA / "genres_64" / "captions").glob("*.gold.json")),
                           DATA / "genres_64" / "captions", (0.92, 0.87, 0.90)),
    "genres 65": (sorted((DATA / "genres_65").glob("*.gold.json")), DATA / "genres_65", (0.95, 0.96, 0.95)),
    "encyclopaedia 74": (sorted((DATA / "encyclopaedia_74").glob("*.gold.json")), DATA / "encyclopaedia_74",
                         (0.91, 0.82, 0.88)),
    "encyclopaedia 75": (sorted((DATA / "encyclopaedia_75").glob("*.gold.json")), DATA / "encyclopaedia_75",
                         (0.95, 0.90, 0.78)),
    # (first reads on 2e2e4fa: captions_33 0.955; genres_67 0.938 / captions 0.947; encyclopaedia_77 0.804)
    "captions 33": (sorted((DATA / "captions_33").glob("*.gold.json")), DATA / "captions_33", (0.91, 0.94, 0.97)),
    "genres 67": (sorted((DATA / "genres_67").glob("*.gold.json")), DATA / "genres_67", (0.90, 0.92, 0.93)),
    "genres 67 captions": (sorted((DATA / "genres_67" / "captions").glob("*.gold.json")),
                           DATA / "genres_67" / "captions", (0.95, 0.87, 0.94)),
    "encyclopaedia 77": (sorted((DATA / "encyclopaedia_77").glob("*.gold.json")), DATA / "encyclopaedia_77",
                         (0.90, 0.74, 0.93)),
    # (first reads on deac6ba: genres_68, eight wire stories, 0.904; genres_69, five pages as published, 0.872)
    "genres 68": (sorted((DATA / "genres_68").glob("*.gold.json")), DATA / "genres_68", (0.95, 0.80, 0.97)),
    "genres 69": (sorted((DATA / "genres_69").glob("*.gold.json")), DATA / "genres_69", (0.86, 0.84, 0.93)),
    # (first reads on ee1639c: genres_70, the Russian voice and its answers, 0.880; captions_34, half of them Russian
    # agencies' flashes, 0.781)
    "genres 70": (sorted((DATA / "genres_70").glob("*.gold.json")), DATA / "genres_70", (0.96, 0.82, 0.96)),
    "captions 34": (sorted((DATA / "captions_34").glob("*.gold.json")), DATA / "captions_34", (0.77, 0.75, 0.97)),
    # blind for the twenty-fourth session: figures only, never misses (first reads on 4c0f7a6: encyclopaedia_70 0.876;
    # genres_58 0.935 / captions 0.930)
    "encyclopaedia 70": (sorted((DATA / "encyclopaedia_70").glob("*.gold.json")), DATA / "encyclopaedia_70",
                         (0.88, 0.78, 0.96)),
    "genres 58": (sorted((DATA / "genres_58").glob("*.gold.json")), DATA / "genres_58", (0.89, 0.88, 0.94)),
    "genres 58 captions": (sorted((DATA / "genres_58" / "captions").glob("*.gold.json")),
                           DATA / "genres_58" / "captions", (0.85, 0.90, 0.90)),
    # blind for the twenty-fifth session: figures only, never misses (first reads on 9b009cf: genres_66 0.929 /
    # captions 0.966; encyclopaedia_76 0.776)
    "genres 66": (sorted((DATA / "genres_66").glob("*.gold.json")), DATA / "genres_66", (0.88, 0.84, 0.93)),
    "genres 66 captions": (sorted((DATA / "genres_66" / "captions").glob("*.gold.json")),
                           DATA / "genres_66" / "captions", (0.88, 0.80, 0.93)),
    "encyclopaedia 76": (sorted((DATA / "encyclopaedia_76").glob("*.gold.json")), DATA / "encyclopaedia_76",
                         (0.70, 0.72, 0.85)),
    # (first reads on 229ef6a: captions_35, the southern front in both voices, 0.920; genres_71, the Zaporizhzhia
    # front, 0.954 / captions 0.955; encyclopaedia_78, Kurakhove and Selydove, 0.889)
    "captions 35": (sorted((DATA / "captions_35").glob("*.gold.json")), DATA / "captions_35", (0.90, 0.84, 0.96)),
    "genres 71": (sorted((DATA / "genres_71").glob("*.gold.json")), DATA / "genres_71", (0.90, 0.91, 0.96)),
    "genres 71 captions": (sorted((DATA / "genres_71" / "captions").glob("*.gold.json")),
                           DATA / "genres_71" / "captions", (0.90, 0.90, 0.96)),
    "encyclopaedia 78": (sorted((DATA / "encyclopaedia_78").glob("*.gold.json")), DATA / "encyclopaedia_78",
                         (0.90, 0.78, 0.94)),
    # (first reads on 2f51fb9/919545e: captions_36, the Sumy and Kharkiv borders with Kursk, 0.923; encyclopaedia_80,
    # Huliaipole and Vovchansk, 0.912; genres_73, the north of Kharkiv Oblast, 0.933 / captions 0.950)
    "captions 36": (sorted((DATA / "captions_36").glob("*.gold.json")), DATA / "captions_36", (0.84, 0.92, 0.96)),
    "encyclopaedia 80": (sorted((DATA / "encyclopaedia_80").glob("*.gold.json")), DATA / "encyclopaedia_80",
                         (0.93, 0.80, 0.96)),
    "genres 73": (sorted((DATA / "genres_73").glob("*.gold.json")), DATA / "genres_73", (0.84, 0.93, 0.96)),
    "genres 73 captions": (sorted((DATA / "genres_73" / "captions").glob("*.gold.json")),
                           DATA / "genres_73" / "captions", (0.85, 0.93, 0.96)),
    # (first reads on 1bc8e3b: genres_74, eight General Staff summaries, 0.985; genres_75, six pages as published, 0.902;
    # genres_76, eight wire stories, 0.817)
    "genres 74": (sorted((DATA / "genres_74").glob("*.gold.json")), DATA / "genres_74", (0.95, 0.95, 0.96)),
    "genres 75": (sorted((DATA / "genres_75").glob("*.gold.json")), DATA / "genres_75", (0.88, 0.86, 0.96)),
    "genres 76": (sorted((DATA / "genres_76").glob("*.gold.json")), DATA / "genres_76", (0.80, 0.74, 0.93)),
    # (first reads on 2ae161d: captions_37, the rear cities of Donetsk Oblast, 0.946; genres_78, the Velyka Novosilka
    # direction, 0.952; encyclopaedia_81, Robotyne and Krasnohorivka, 0.864)
    "captions 37": (sorted((DATA / "captions_37").glob("*.gold.json")), DATA / "captions_37", (0.90, 0.90, 0.92)),
    "genres 78": (sorted((DATA / "genres_78").glob("*.gold.json")), DATA / "genres_78", (0.92, 0.90, 0.96)),
    "encyclopaedia 81": (sorted((DATA / "encyclopaedia_81").glob("*.gold.json")), DATA / "encyclopaedia_81",
                         (0.82, 0.82, 0.96)),
    # (first reads: genres_77, the Kharkiv counteroffensive and the Oskil line, on 2ae161d 0.925 / captions 0.914;
    # captions_38, the Kherson region, on e4854e1 0.889)
    "genres 77": (sorted((DATA / "genres_77").glob("*.gold.json")), DATA / "genres_77", (0.92, 0.85, 0.96)),
    "genres 77 captions": (sorted((DATA / "genres_77" / "captions").glob("*.gold.json")),
                           DATA / "genres_77" / "captions", (0.95, 0.80, 0.96)),
    "captions 38": (sorted((DATA / "captions_38").glob("*.gold.json")), DATA / "captions_38", (0.84, 0.86, 0.96)),
    # (first reads on e4854e1: genres_80, eight wire stories, 0.864; genres_81, Dnipropetrovsk Oblast in
    # 2025, 0.910 / captions 0.848)
    "genres 80": (sorted((DATA / "genres_80").glob("*.gold.json")), DATA / "genres_80", (0.90, 0.75, 0.96)),
    "genres 81": (sorted((DATA / "genres_81").glob("*.gold.json")), DATA / "genres_81", (0.84, 0.90, 0.92)),
    "genres 81 captions": (sorted((DATA / "genres_81" / "captions").glob("*.gold.json")),
                           DATA / "genres_81" / "captions", (0.76, 0.82, 0.88)),
    # (first reads on f238442: genres_82, two live blogs, a newsletter, a podcast and key takeaways, 0.911; captions_39,
    # 40 captions in two voices, 0.900)
    "genres 82": (sorted((DATA / "genres_82").glob("*.gold.json")), DATA / "genres_82", (0.87, 0.86, 0.94)),
    "captions 39": (sorted((DATA / "captions_39").glob("*.gold.json")), DATA / "captions_39", (0.88, 0.83, 0.96)),
    # (first reads on 728abc3: genres_84, the Kostiantynivka direction in 2025, 0.972 / captions 0.941; genres_85, the
    # Lyman direction in brigade posts, a milblogger, a briefing, a timeline and a governor's update, 0.828;
    # captions_40, the Black Sea coast and Crimea, 0.857; encyclopaedia_84, Izium and Rubizhne in 2022, 0.889)
    "genres 84": (sorted((DATA / "genres_84").glob("*.gold.json")), DATA / "genres_84", (0.95, 0.97, 0.97)),
    "genres 84 captions": (sorted((DATA / "genres_84" / "captions").glob("*.gold.json")),
                           DATA / "genres_84" / "captions", (0.97, 0.85, 0.97)),
    "genres 85": (sorted((DATA / "genres_85").glob("*.gold.json")), DATA / "genres_85", (0.87, 0.87, 0.97)),
    "captions 40": (sorted((DATA / "captions_40").glob("*.gold.json")), DATA / "captions_40", (0.91, 0.87, 0.97)),
    "encyclopaedia 84": (sorted((DATA / "encyclopaedia_84").glob("*.gold.json")), DATA / "encyclopaedia_84",
                         (0.95, 0.92, 0.87)),
    # (first reads on 4551275: genres_86, the Pokrovsk and Myrnohrad direction in 2024-2025, 0.946 / captions 0.919;
    # genres_87, the Kherson right bank in 2022, 0.748; encyclopaedia_85, Vuhledar and Toretsk, 0.950; captions_41, Sumy
    # Oblast and the border in 2024-2025, 0.925)
    "genres 86": (sorted((DATA / "genres_86").glob("*.gold.json")), DATA / "genres_86", (0.97, 0.95, 0.97)),
    "genres 86 captions": (sorted((DATA / "genres_86" / "captions").glob("*.gold.json")),
                           DATA / "genres_86" / "captions", (0.92, 0.97, 0.97)),
    "genres 87": (sorted((DATA / "genres_87").glob("*.gold.json")), DATA / "genres_87", (0.91, 0.78, 0.95)),
    "encyclopaedia 85": (sorted((DATA / "encyclopaedia_85").glob("*.gold.json")), DATA / "encyclopaedia_85",
                         (0.95, 0.95, 0.97)),
    "captions 41": (sorted((DATA / "captions_41").glob("*.gold.json")), DATA / "captions_41", (0.90, 0.92, 0.94)),
    # (first reads on 6599962: genres_89, the Avdiivka direction in 2023-2024, 0.968 / captions 0.927; encyclopaedia_87,
    # Mykolaiv and Voznesensk, Izium, 0.904; and on 8102ca3: genres_91, the Kherson left bank in 2022-2024, 0.942;
    # captions_42, every front and register, 0.891; encyclopaedia_89, Robotyne, Staromaiorske and Urozhaine, 0.857)
    "genres 89": (sorted((DATA / "genres_89").glob("*.gold.json")), DATA / "genres_89", (0.97, 0.95, 0.97)),
    "genres 89 captions": (sorted((DATA / "genres_89" / "captions").glob("*.gold.json")),
                           DATA / "genres_89" / "captions", (0.93, 0.93, 0.95)),
    "encyclopaedia 87": (sorted((DATA / "encyclopaedia_87").glob("*.gold.json")), DATA / "encyclopaedia_87",
                         (0.94, 0.88, 0.95)),
    "genres 91": (sorted((DATA / "genres_91").glob("*.gold.json")), DATA / "genres_91", (0.94, 0.92, 0.97)),
    "captions 42": (sorted((DATA / "captions_42").glob("*.gold.json")), DATA / "captions_42", (0.92, 0.94, 0.94)),
    "encyclopaedia 89": (sorted((DATA / "encyclopaedia_89").glob("*.gold.json")), DATA / "encyclopaedia_89",
                         (0.97, 0.93, 0.97)),
    # (first reads on 7cadd68: genres_92, the Vuhledar direction 2022-25, 0.938 / captions 0.895; captions_43, the
    # Dnipro front facing Enerhodar and the Zaporizhzhia front, 0.978; encyclopaedia_90, north-west and east of Kyiv
    # in 2022, 0.886)
    "genres 92": (sorted((DATA / "genres_92").glob("*.gold.json")), DATA / "genres_92", (0.95, 0.95, 0.97)),
    "genres 92 captions": (sorted((DATA / "genres_92" / "captions").glob("*.gold.json")),
                           DATA / "genres_92" / "captions", (0.97, 0.92, 0.97)),
    "captions 43": (sorted((DATA / "captions_43").glob("*.gold.json")), DATA / "captions_43", (0.97, 0.97, 0.97)),
    "encyclopaedia 90": (sorted((DATA / "encyclopaedia_90").glob("*.gold.json")), DATA / "encyclopaedia_90",
                         (0.89, 0.93, 0.91)),
    # (and on 676b153: encyclopaedia_92, four town articles (Pokrovsk, Myrnohrad, Selydove, Kurakhove), 0.959;
    # encyclopaedia_93, Toretsk and Niu-York, Kostiantynivka's southern approaches, 0.947)
    "encyclopaedia 92": (sorted((DATA / "encyclopaedia_92").glob("*.gold.json")), DATA / "encyclopaedia_92",
                         (0.97, 0.91, 0.93)),
    "encyclopaedia 93": (sorted((DATA / "encyclopaedia_93").glob("*.gold.json")), DATA / "encyclopaedia_93",
                         (0.97, 0.89, 0.94)),
    # (first reads on a2e35a0: genres_94, the Sumy border in 2024-2025, 0.955 / captions 0.882; encyclopaedia_94,
    # Huliaipole and Stepnohirsk in 2025, 0.892; on 959566d: genres_95, the Dobropillia direction in 2025, 0.899 /
    # captions 1.000; captions_45, every front with namesakes, 0.897; encyclopaedia_96, Mykolaiv and north of Kherson
    # in 2022, 0.976)
    "genres 94": (sorted((DATA / "genres_94").glob("*.gold.json")), DATA / "genres_94", (0.96, 0.96, 0.96)),
    "genres 94 captions": (sorted((DATA / "genres_94" / "captions").glob("*.gold.json")),
                           DATA / "genres_94" / "captions", (0.97, 0.97, 0.94)),
    "encyclopaedia 94": (sorted((DATA / "encyclopaedia_94").glob("*.gold.json")), DATA / "encyclopaedia_94",
                         (0.86, 0.95, 0.96)),
    "genres 95": (sorted((DATA / "genres_95").glob("*.gold.json")), DATA / "genres_95", (0.93, 0.93, 0.96)),
    "genres 95 captions": (sorted((DATA / "genres_95" / "captions").glob("*.gold.json")),
                           DATA / "genres_95" / "captions", (0.97, 0.97, 0.97)),
    "captions 45": (sorted((DATA / "captions_45").glob("*.gold.json")), DATA / "captions_45", (0.92, 0.85, 0.96)),
    "encyclopaedia 96": (sorted((DATA / "encyclopaedia_96").glob("*.gold.json")), DATA / "encyclopaedia_96",
                         (0.97, 0.97, 0.97)),
    # (and on e53c536: genres_96, the Chernihiv and Sumy border 2023-2025, 0.797 / captions 1.000; encyclopaedia_97,
    # Kherson and the Inhulets bridgehead in 2022, 0.922; "X community" lines there give the town, where the other sets
    # give the community)
    "genres 96": (sorted((DATA / "genres_96").glob("*.gold.json")), DATA / "genres_96", (0.83, 0.78, 0.83)),
    "genres 96 captions": (sorted((DATA / "genres_96" / "captions").glob("*.gold.json")),
                           DATA / "genres_96" / "captions", (0.97, 0.97, 0.97)),
    "encyclopaedia 97": (sorted((DATA / "encyclopaedia_97").glob("*.gold.json")), DATA / "encyclopaedia_97",
                         (0.94, 0.92, 0.94)),
    # (first reads on 1f2b21b: genres_97, the Toretsk direction in 2024-2025, 0.947 / captions 0.952; encyclopaedia_98,
    # the Kyiv offensive of 2022 west and east of the city, 0.851; on 32c89d9: captions_46, sixty captions from every
    # front with namesakes, 0.897; genres_99, the Huliaipole front and the Dnipropetrovsk border in 2025, 0.905 /
    # captions 1.000; encyclopaedia_100, Vuhledar and Pavlivka, the Vovcha valley in 2024, 0.907)
    "genres 97": (sorted((DATA / "genres_97").glob("*.gold.json")), DATA / "genres_97", (0.94, 0.94, 0.96)),
    "genres 97 captions": (sorted((DATA / "genres_97" / "captions").glob("*.gold.json")),
                           DATA / "genres_97" / "captions", (0.92, 0.92, 0.97)),
    "encyclopaedia 98": (sorted((DATA / "encyclopaedia_98").glob("*.gold.json")), DATA / "encyclopaedia_98",
                         (0.86, 0.90, 0.92)),
    "captions 46": (sorted((DATA / "captions_46").glob("*.gold.json")), DATA / "captions_46", (0.93, 0.88, 0.96)),
    "genres 99": (sorted((DATA / "genres_99").glob("*.gold.json")), DATA / "genres_99", (0.86, 0.91, 0.94)),
    "genres 99 captions": (sorted((DATA / "genres_99" / "captions").glob("*.gold.json")),
                           DATA / "genres_99" / "captions", (0.97, 0.97, 0.97)),
    "encyclopaedia 100": (sorted((DATA / "encyclopaedia_100").glob("*.gold.json")), DATA / "encyclopaedia_100",
                          (0.95, 0.93, 0.89)),
    # (first reads on f713798: genres_100, the Russian offensive north of Kharkiv from May 2024, 0.904 / captions 0.884;
    # encyclopaedia_101, Orikhiv 2022-2025 and the Siverskyi Donets crossings of May 2022, 0.918; captions_47, sixty
    # captions of strikes and damage and of things that are none, 0.891; on c9b66cb: encyclopaedia_102, the Avdiivka
    # industrial zone 2016-2017 and the Svitlodarsk bulge 2016-2018, 0.925; captions_48, sixty captions in a Russian
    # source's words and Ukrainian answers to them, 0.862)
    "genres 100": (sorted((DATA / "genres_100").glob("*.gold.json")), DATA / "genres_100", (0.90, 0.95, 0.97)),
    "genres 100 captions": (sorted((DATA / "genres_100" / "captions").glob("*.gold.json")),
                            DATA / "genres_100" / "captions", (0.97, 0.84, 0.97)),
    "encyclopaedia 101": (sorted((DATA / "encyclopaedia_101").glob("*.gold.json")), DATA / "encyclopaedia_101",
                          (0.97, 0.93, 0.95)),
    "captions 47": (sorted((DATA / "captions_47").glob("*.gold.json")), DATA / "captions_47", (0.85, 0.94, 0.97)),
    "encyclopaedia 102": (sorted((DATA / "encyclopaedia_102").glob("*.gold.json")), DATA / "encyclopaedia_102",
                          (0.92, 0.97, 0.88)),
    "captions 48": (sorted((DATA / "captions_48").glob("*.gold.json")), DATA / "captions_48", (0.93, 0.94, 0.93)),
    # (first reads on f12cb9e: captions_49, sixty open-source mapping posts 2023-2025, 0.826; genres_102, the shelling of
    # the Dnipro's banks 2023-2025 in a Telegram post, a live blog and four other genres, 0.970 / captions 0.977;
    # encyclopaedia_104, four town articles (Hola Prystan, Kupiansk, Vuhledar, Sviatohirsk), 0.918; on 918eddf:
    # genres_104, the Kharkiv Oblast border areas 2023-2025 in a radio bulletin, an explainer, a fact check, a map legend,
    # a Telegram post and a press release, 0.940 / captions 0.900)
    "captions 49": (sorted((DATA / "captions_49").glob("*.gold.json")), DATA / "captions_49", (0.89, 0.88, 0.97)),
    "genres 102": (sorted((DATA / "genres_102").glob("*.gold.json")), DATA / "genres_102", (0.96, 0.93, 0.97)),
    "genres 102 captions": (sorted((DATA / "genres_102" / "captions").glob("*.gold.json")),
                            DATA / "genres_102" / "captions", (0.97, 0.97, 0.97)),
    "encyclopaedia 104": (sorted((DATA / "encyclopaedia_104").glob("*.gold.json")), DATA / "encyclopaedia_104",
                          (0.97, 0.93, 0.96)),
    "genres 104": (sorted((DATA / "genres_104").glob("*.gold.json")), DATA / "genres_104", (0.97, 0.95, 0.97)),
    "genres 104 captions": (sorted((DATA / "genres_104" / "captions").glob("*.gold.json")),
                            DATA / "genres_104" / "captions", (0.97, 0.88, 0.97)),
    # (first reads on cfc5ab0: captions_50, forty captions on the Kharkiv counteroffensive and the Oskil and Lyman fronts
    # 2022-2025, 0.879; genres_105, the Black Sea coast and the south 2022-2024 in six genres (a shipping advisory, a port
    # authority's statement and a navy briefing among them), 0.923 / captions 0.955; encyclopaedia_106, Avdiivka 2023-2024
    # and Marinka and Pisky 2022-2023, 0.932; genres_107, the Kherson right bank 2022-2024 in six genres (a committee
    # hearing, a UN flash update and a paper among them), 0.809 / captions 0.950; on ed66a6e: captions_51, forty captions
    # on the Kyiv region 2022-2024, 0.805)
    "captions 50": (sorted((DATA / "captions_50").glob("*.gold.json")), DATA / "captions_50", (0.97, 0.91, 0.96)),
    "genres 105": (sorted((DATA / "genres_105").glob("*.gold.json")), DATA / "genres_105", (0.94, 0.94, 0.97)),
    "genres 105 captions": (sorted((DATA / "genres_105" / "captions").glob("*.gold.json")),
                            DATA / "genres_105" / "captions", (0.87, 0.95, 0.97)),
    "encyclopaedia 106": (sorted((DATA / "encyclopaedia_106").glob("*.gold.json")), DATA / "encyclopaedia_106",
                          (0.94, 0.89, 0.92)),
    "genres 107": (sorted((DATA / "genres_107").glob("*.gold.json")), DATA / "genres_107", (0.88, 0.83, 0.97)),
    "genres 107 captions": (sorted((DATA / "genres_107" / "captions").glob("*.gold.json")),
                            DATA / "genres_107" / "captions", (0.90, 0.90, 0.97)),
    "captions 51": (sorted((DATA / "captions_51").glob("*.gold.json")), DATA / "captions_51", (0.91, 0.89, 0.96)),
    # (first reads on f8f4fb0, with the thirty-sixth's working spelling tables: captions_52, forty captions on Donetsk
    # Oblast's rear cities and the villages around them 2022-2025, 0.933; genres_108, Zaporizhzhia Oblast under
    # occupation and at the front 2022-2024 in six genres (an exiled mayor's interview, a monitor's report, a
    # nuclear-safety statement among them), 0.917 / captions 0.927; on fcc44c5: genres_110, the Kupiansk front and the
    # Oskil 2023-2025 in seven genres, 0.957 / captions 0.914; encyclopaedia_109, the siege of Mariupol in 2022 and
    # Pavlivka, Vuhledar and the Kurakhove reservoir's south shore 2022-2023, 0.938)
    "captions 52": (sorted((DATA / "captions_52").glob("*.gold.json")), DATA / "captions_52", (0.94, 0.92, 0.95)),
    "genres 108": (sorted((DATA / "genres_108").glob("*.gold.json")), DATA / "genres_108", (0.95, 0.93, 0.96)),
    "genres 108 captions": (sorted((DATA / "genres_108" / "captions").glob("*.gold.json")),
                            DATA / "genres_108" / "captions", (0.92, 0.92, 0.97)),
    "genres 110": (sorted((DATA / "genres_110").glob("*.gold.json")), DATA / "genres_110", (0.96, 0.94, 0.96)),
    "genres 110 captions": (sorted((DATA / "genres_110" / "captions").glob("*.gold.json")),
                            DATA / "genres_110" / "captions", (0.97, 0.92, 0.92)),
    "encyclopaedia 109": (sorted((DATA / "encyclopaedia_109").glob("*.gold.json")), DATA / "encyclopaedia_109",
                          (0.91, 0.97, 0.94)),
    # (first reads on 6cd608c: captions_53, sixty captions on the Kharkiv and Sumy border and around Nikopol and Marhanets
    # 2022-2025, 0.945; encyclopaedia_110, Siversk and its approaches 2022-2025 and the fall of Velyka Novosilka
    # 2024-2025, 0.946; genres_111, Kherson Oblast's Dnipro front 2023-2025 in seven genres (a regional administration's
    # list of shelled villages by community among them), 0.862 / captions 0.780; on 313c0979: captions_54, sixty captions
    # on Kyiv, Chernihiv and Zhytomyr oblasts 2022-2025, 0.929; genres_113, Mykolaiv Oblast and the Kinburn spit in 2022
    # in seven genres (a podcast, a newsletter with bullet lists among them), 0.725 / captions 0.884; encyclopaedia_111,
    # the battle of Kurakhove 2024-2025 and the fall of Selydove and Novohrodivka 2024, 0.911)
    "captions 53": (sorted((DATA / "captions_53").glob("*.gold.json")), DATA / "captions_53", (0.90, 0.92, 0.97)),
    "encyclopaedia 110": (sorted((DATA / "encyclopaedia_110").glob("*.gold.json")), DATA / "encyclopaedia_110",
                          (0.93, 0.90, 0.84)),
    "captions 54": (sorted((DATA / "captions_54").glob("*.gold.json")), DATA / "captions_54", (0.97, 0.84, 0.97)),
    "genres 113": (sorted((DATA / "genres_113").glob("*.gold.json")), DATA / "genres_113", (0.72, 0.67, 0.93)),
    "genres 113 captions": (sorted((DATA / "genres_113" / "captions").glob("*.gold.json")),
                            DATA / "genres_113" / "captions", (0.87, 0.83, 0.97)),
    "encyclopaedia 111": (sorted((DATA / "encyclopaedia_111").glob("*.gold.json")), DATA / "encyclopaedia_111",
                          (0.93, 0.84, 0.85)),
    # (first reads on 1ec75b58: genres_114, the Zaporizhzhia direction in 2025 in seven genres (a milblogger's Telegram
    # post among them), 0.914 / captions 1.000; captions_55, sixty captions on the Black Sea and Danube coast 2023-2025,
    # 0.908; encyclopaedia_113, the Ocheretyne breakthrough and the Vovchansk offensive of 2024, 0.878)
    "genres 114": (sorted((DATA / "genres_114").glob("*.gold.json")), DATA / "genres_114", (0.88, 0.88, 0.94)),
    "genres 114 captions": (sorted((DATA / "genres_114" / "captions").glob("*.gold.json")),
                            DATA / "genres_114" / "captions", (0.97, 0.97, 0.97)),
    "captions 55": (sorted((DATA / "captions_55").glob("*.gold.json")), DATA / "captions_55", (0.90, 0.85, 0.95)),
    "encyclopaedia 113": (sorted((DATA / "encyclopaedia_113").glob("*.gold.json")), DATA / "encyclopaedia_113",
                          (0.92, 0.78, 0.86)),
    "genres 111": (sorted((DATA / "genres_111").glob("*.gold.json")), DATA / "genres_111", (0.90, 0.76, 0.97)),
    "genres 111 captions": (sorted((DATA / "genres_111" / "captions").glob("*.gold.json")),
                            DATA / "genres_111" / "captions", (0.73, 0.77, 0.97)),
    # blind for the thirty-eighth session: figures only, never misses (first reads on 6cd608c: genres_112, the approach to
    # Kostiantynivka 2024-2025 in seven genres, 0.994 / captions 0.872; on 313c0979: encyclopaedia_112, the Izium axis in
    # March-May 2022 and Sviatohirsk and Lyman in May-June 2022, 0.899)
    "encyclopaedia 112": (sorted((DATA / "encyclopaedia_112").glob("*.gold.json")), DATA / "encyclopaedia_112",
                          (0.89, 0.84, 0.89)),
    "genres 112": (sorted((DATA / "genres_112").glob("*.gold.json")), DATA / "genres_112", (0.95, 0.97, 0.97)),
    "genres 112 captions": (sorted((DATA / "genres_112" / "captions").glob("*.gold.json")),
                            DATA / "genres_112" / "captions", (0.82, 0.86, 0.88)),
    # blind for the thirty-seventh session: figures only, never misses (first reads on f8f4fb0, with the thirty-sixth's
    # working spelling tables: genres_109, Sumy and Chernihiv oblasts from February 2022 and their border to 2024, 0.938 /
    # captions 0.944; encyclopaedia_108, Chasiv Yar 2024-2025 and the Kreminna forest 2023-2025, 0.932)
    "genres 109": (sorted((DATA / "genres_109").glob("*.gold.json")), DATA / "genres_109", (0.90, 0.92, 0.96)),
    "genres 109 captions": (sorted((DATA / "genres_109" / "captions").glob("*.gold.json")),
                            DATA / "genres_109" / "captions", (0.97, 0.86, 0.97)),
    "encyclopaedia 108": (sorted((DATA / "encyclopaedia_108").glob("*.gold.json")), DATA / "encyclopaedia_108",
                          (0.90, 0.92, 0.90)),
    # blind through the thirty-sixth session: figures only, never misses (first reads on cfc5ab0: genres_106, Luhansk
    # Oblast 2022-2025, 0.936 / captions 0.884; on ed66a6e: encyclopaedia_107, Robotyne and Verbove and south of Velyka
    # Novosilka in 2023, 0.941; both the same at the thirty-sixth's end)
    "genres 106": (sorted((DATA / "genres_106").glob("*.gold.json")), DATA / "genres_106", (0.92, 0.89, 0.93)),
    "genres 106 captions": (sorted((DATA / "genres_106" / "captions").glob("*.gold.json")),
                            DATA / "genres_106" / "captions", (0.82, 0.85, 0.97)),
    "encyclopaedia 107": (sorted((DATA / "encyclopaedia_107").glob("*.gold.json")), DATA / "encyclopaedia_107",
                          (0.91, 0.91, 0.95)),
    # blind through the thirty-fifth session, development since (first reads on f12cb9e: genres_103, the Zaporizhzhia
    # front in 2025, 0.956 / captions 0.980; on 918eddf: encyclopaedia_105, Velyka Novosilka and the Mokri Yaly valley
    # 2023-2025 and the Russian entry into Dnipropetrovsk Oblast in 2025, 0.937; at the thirty-sixth's end 0.978 /
    # captions 0.980 and 0.982)
    "genres 103": (sorted((DATA / "genres_103").glob("*.gold.json")), DATA / "genres_103", (0.95, 0.95, 0.97)),
    "genres 103 captions": (sorted((DATA / "genres_103" / "captions").glob("*.gold.json")),
                            DATA / "genres_103" / "captions", (0.93, 0.97, 0.97)),
    "encyclopaedia 105": (sorted((DATA / "encyclopaedia_105").glob("*.gold.json")), DATA / "encyclopaedia_105",
                          (0.95, 0.95, 0.94)),
    # blind through the thirty-fourth session, development since (first reads on 1d970f7: genres_101, the Lyman and
    # Siversk directions 2024-2025, 0.988 / captions 0.971; encyclopaedia_103, Kostiantynivka 2024-2025 and Ocheretyne
    # 2024, 0.963)
    "genres 101": (sorted((DATA / "genres_101").glob("*.gold.json")), DATA / "genres_101", (0.97, 0.97, 0.95)),
    "genres 101 captions": (sorted((DATA / "genres_101" / "captions").glob("*.gold.json")),
                            DATA / "genres_101" / "captions", (0.97, 0.94, 0.97)),
    "encyclopaedia 103": (sorted((DATA / "encyclopaedia_103").glob("*.gold.json")), DATA / "encyclopaedia_103",
                          (0.97, 0.97, 0.95)),
    # blind through the thirty-third session, development since (first reads on 1f2b21b: genres_98, the Kreminna
    # and Svatove line in 2023-2025, 0.910 / captions 0.947; encyclopaedia_99, Kurakhove, Selydove and Ukrainsk, 0.911)
    "genres 98": (sorted((DATA / "genres_98").glob("*.gold.json")), DATA / "genres_98", (0.90, 0.94, 0.95)),
    "genres 98 captions": (sorted((DATA / "genres_98" / "captions").glob("*.gold.json")),
                           DATA / "genres_98" / "captions", (0.92, 0.92, 0.97)),
    "encyclopaedia 99": (sorted((DATA / "encyclopaedia_99").glob("*.gold.json")), DATA / "encyclopaedia_99",
                         (0.93, 0.90, 0.94)),
    # blind through the thirty-second session, development since (first reads on a2e35a0: captions_44, sixty captions
    # from every front with namesakes, 0.835; encyclopaedia_95, Izium and Sviatohirsk in 2022, 0.939)
    "captions 44": (sorted((DATA / "captions_44").glob("*.gold.json")), DATA / "captions_44", (0.86, 0.86, 0.93)),
    "encyclopaedia 95": (sorted((DATA / "encyclopaedia_95").glob("*.gold.json")), DATA / "encyclopaedia_95",
                         (0.93, 0.89, 0.97)),
    # blind through the thirty-first session, development since (first reads on 7cadd68: genres_93, the Kupiansk
    # direction and the Oskil in 2024-2025, 0.957 / captions 0.944; encyclopaedia_91, Mariupol and Volnovakha 2022, 0.829)
    "genres 93": (sorted((DATA / "genres_93").glob("*.gold.json")), DATA / "genres_93", (0.94, 0.95, 0.97)),
    "genres 93 captions": (sorted((DATA / "genres_93" / "captions").glob("*.gold.json")),
                           DATA / "genres_93" / "captions", (0.92, 0.97, 0.97)),
    "encyclopaedia 91": (sorted((DATA / "encyclopaedia_91").glob("*.gold.json")), DATA / "encyclopaedia_91",
                         (0.85, 0.87, 0.93)),
    # blind through the thirtieth session, development since (first reads on 6599962: genres_90, the Siversk
    # direction in 2024-2025, 0.941 / captions 0.973; encyclopaedia_88, Trostianets and Okhtyrka, Kreminna, 0.861)
    "genres 90": (sorted((DATA / "genres_90").glob("*.gold.json")), DATA / "genres_90", (0.96, 0.93, 0.97)),
    "genres 90 captions": (sorted((DATA / "genres_90" / "captions").glob("*.gold.json")),
                           DATA / "genres_90" / "captions", (0.97, 0.92, 0.97)),
    "encyclopaedia 88": (sorted((DATA / "encyclopaedia_88").glob("*.gold.json")), DATA / "encyclopaedia_88",
                         (0.97, 0.95, 0.94)),
    # blind through the twenty-ninth session, development since (first reads on 4551275: genres_88, Chasiv Yar and the
    # Bakhmut side in 2023-2025, 0.885 / captions 0.865; encyclopaedia_86, Sievierodonetsk and Lysychansk, 0.939)
    "genres 88": (sorted((DATA / "genres_88").glob("*.gold.json")), DATA / "genres_88", (0.96, 0.97, 0.97)),
    "genres 88 captions": (sorted((DATA / "genres_88" / "captions").glob("*.gold.json")),
                           DATA / "genres_88" / "captions", (0.87, 0.92, 0.97)),
    "encyclopaedia 86": (sorted((DATA / "encyclopaedia_86").glob("*.gold.json")), DATA / "encyclopaedia_86",
                         (0.97, 0.95, 0.96)),
    # blind through the twenty-eighth session, development since (first reads on 728abc3: genres_83, the Azov coast in
    # 2022, 0.884 / captions 0.882; encyclopaedia_83, Kurakhove and Marinka, 0.939)
    "genres 83": (sorted((DATA / "genres_83").glob("*.gold.json")), DATA / "genres_83", (0.95, 0.92, 0.97)),
    "genres 83 captions": (sorted((DATA / "genres_83" / "captions").glob("*.gold.json")),
                           DATA / "genres_83" / "captions", (0.92, 0.92, 0.93)),
    "encyclopaedia 83": (sorted((DATA / "encyclopaedia_83").glob("*.gold.json")), DATA / "encyclopaedia_83",
                         (0.96, 0.96, 0.91)),
    # blind through the twenty-seventh session, development since (first reads on 2ae161d: genres_79, Kharkiv and its
    # northern approaches in 2022, 0.870 / captions 0.811; encyclopaedia_82, Kupiansk and Siversk, 0.907)
    "genres 79": (sorted((DATA / "genres_79").glob("*.gold.json")), DATA / "genres_79", (0.85, 0.95, 0.97)),
    "genres 79 captions": (sorted((DATA / "genres_79" / "captions").glob("*.gold.json")),
                           DATA / "genres_79" / "captions", (0.77, 0.90, 0.97)),
    "encyclopaedia 82": (sorted((DATA / "encyclopaedia_82").glob("*.gold.json")), DATA / "encyclopaedia_82",
                         (0.94, 0.94, 0.91)),
    # blind through the twenty-sixth session, development since (first reads on 229ef6a: genres_72 0.953 /
    # captions 0.882; encyclopaedia_79 0.903)
    "genres 72": (sorted((DATA / "genres_72").glob("*.gold.json")), DATA / "genres_72", (0.91, 0.95, 0.97)),
    "genres 72 captions": (sorted((DATA / "genres_72" / "captions").glob("*.gold.json")),
                           DATA / "genres_72" / "captions", (0.95, 0.95, 0.97)),
    "encyclopaedia 79": (sorted((DATA / "encyclopaedia_79").glob("*.gold.json")), DATA / "encyclopaedia_79",
                         (0.94, 0.94, 0.96)),
    # blind through the tenth session: its figures only, never its misses (first read on abd99a4: 0.948)
    "encyclopaedia 18": (sorted((DATA / "encyclopaedia_18").glob("*.gold.json")), DATA / "encyclopaedia_18",
                         (0.94, 0.88, 0.95)),
}


@pytest.mark.parametrize("name", SETS)
def test_gold_names_its_documents(name: str) -> None:
    gold, _, _ = SETS[name]
    assert gold  # (a set may be one long article: encyclopaedia_58)
    for path in gold:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["document"] and isinstance(document["mentions"], list)


@pytest.fixture(scope="module")
def scores(ua_gazetteer) -> dict[str, Evaluation]:
    return {name: evaluate(gold, folder, ua_gazetteer) for name, (gold, folder, _) in SETS.items()}


@pytest.mark.shared
@pytest.mark.parametrize("name", SETS)
def test_set_above_floors(scores: dict[str, Evaluation], name: str) -> None:
    score = scores[name]
    min_precision, min_recall, min_same = SETS[name][2]
    geocoding = score.geocoding
    assert geocoding is not None
    # the figures only, never the misses (one of these sets is blind)
    figures = f"P={score.precision:.3f} R={score.recall:.3f} same={geocoding.share(geocoding.same):.3f}"
    assert score.precision >= min_precision, figures
    assert score.recall >= min_recall, figures
    assert geocoding.share(geocoding.same) >= min_same, figures
