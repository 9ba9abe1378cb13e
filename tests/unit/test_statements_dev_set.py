"""The statement finder scored on the dev set (tests/statements_dev: seeds + 507 other articles).

Scored as shared/statements/score_statements.py scores: a prediction matches a gold statement
when their spans overlap by at least half of the shorter span (one to one, best overlap first),
and counts for attributed F1 only with the right speaker (names compared without case,
diacritics, punctuation, a leading "the" or titles). The floors sit a little under today's
figures so that a regression fails while small trade-offs do not.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from diplotui.entities.folding import fold
from diplotui.statements import find_statements

DEV = Path(__file__).resolve().parents[1] / "statements_dev"
# 0.920 on 365 files (285 tuned on; rounds 56-71 scored held out at 0.838, then joined; 0.914
# before session 16's role and "expressed a desire" rules) - 0.005; 0.923 on 381 files (rounds
# 72-75 scored held out at 0.729, then joined and tuned on in session 18); 0.926 on 413 files
# (rounds 80-83 scored held out at 0.800, then joined and tuned on in session 19) - 0.005;
# 0.916 on 461 files (rounds 84-87 tuned on; rounds 88-95 joined after being scored held out at
# 0.737 and 0.809 by the finder of the time, not yet tuned on) - 0.005; 0.924 on 461 files
# (rounds 88-95 tuned on by stfix7) - 0.005; 0.917 on 509 files (rounds 100-107 joined after being
# scored held out at 0.794 and 0.909 by session 20's starting finder, not yet tuned on) - 0.005;
# 0.926 on 509 files (rounds 100-107 tuned on by stfix8 and stfix9) - 0.005; 0.924 on 557 files
# (rounds 108-115 scored held out at 0.737, then tuned on by stfix10 and stfix11; rounds 116-119
# joined after being scored held out at 0.750 by session 22's finder, not yet tuned on) - 0.005;
# 0.930 on 573 files (rounds 116-119 tuned on by stfix12; rounds 120-123 joined after being scored
# held out at 0.941 by the finder after stfix12) - 0.005; 0.934 on 621 files (rounds 120-123
# tuned on by stfix13, rounds 124-131 scored held out at 0.797 and then tuned on by stfix14,
# rounds 132-135 joined after being scored held out at 0.825 by the final finder) - 0.005;
# 0.938 on 653 files (rounds 132-135 tuned on by stfix15; rounds 136-143 scored held out at 0.820,
# then tuned on by stfix16) - 0.005; 0.935 on 685 files (rounds 144-151 joined after being scored
# held out at 0.863 by the final finder) - 0.005; 0.930 on 717 files (rounds 152-159 joined after
# being scored held out at 0.791 by session 24's final finder) - 0.005; 0.935 on 746 files
# (rounds 144-159 tuned on by stfix17 and stfix18; rounds 160-167 scored held out at 0.781, then
# tuned on by stfix19) - 0.005; 0.938 on 803 files (the dev set tuned on by stfix20; rounds
# 168-175 scored held out at 0.869 and 176-183 at 0.803, then tuned on by stfix21 and stfix22)
# - 0.005; 0.935 on 834 files (rounds 184-191 joined after being scored held out at 0.859 by the
# final finder, not tuned on) - 0.005; 0.928 on 866 files (rounds 192-199 joined after being
# scored held out at 0.773 by session 26's final finder) - 0.005; 0.936 on 866 files (the dev
# set tuned on by stfix24, rounds 184-191 by stfix23 and 192-199 by stfix25) - 0.005; 0.930 on
# 898 files (rounds 200-207 joined after being scored held out at 0.779 by session 27's final
# finder, not yet tuned on) - 0.005; 0.935 on 898 files (rounds 200-207 tuned on by stfix26)
# - 0.005; 0.936 on 930 files (rounds 208-215 joined after being scored held out at 0.862 by
# session 28's finder, not tuned on) - 0.005; 0.9345 on 962 files (rounds 216-223 joined after
# being scored held out at 0.820 by session 28's final finder, not yet tuned on) - 0.005;
# 0.9339 on 1,010 files (rounds 232-235 joined after being scored held out at 0.826 by
# session 30's final finder, not yet tuned on) - 0.005; 0.9418 on 1,026 files (rounds 224-235
# tuned on by stfix31 and stfix32, the dev set's speakers by stspeak31; rounds 236-239 joined
# after being scored held out at 0.869 by the final finder, not tuned on) - 0.005; 0.9412 on
# 1,042 files (rounds 236-239 tuned on by stfix33; rounds 240-243 joined after being scored
# held out at 0.832 by the final finder, not tuned on) - 0.005; 0.9374 on 1,058 files (rounds
# 244-247 joined after being scored held out at 0.760 by the final finder) - 0.005; 0.9424 on
# 1,106 files (rounds 240-247 tuned on by stfix34 and stfix35, the dev set's speakers by
# stspeak32; rounds 248-259 joined after being scored held out at 0.897 by the final finder,
# not tuned on) - 0.005; 0.9468 on the same 1,106 files (rounds 248-259 tuned on by stfix36 and
# stfix37) - 0.005; 0.9460 on 1,122 files (rounds 260-263 joined after being scored held out at
# 0.891 by the final finder, not tuned on) - 0.005; 0.9461 on 1,154 files (rounds 264-271 joined
# after being scored held out at 0.827 and 0.756, then tuned on by stfix38 and stfix39) - 0.005;
# 0.9449 on 1,170 files (rounds 272-275 joined after being scored held out at 0.758 by the final
# finder, 0.854 once tuned on by stfix40) - 0.005; 0.9436 on 1,186 files (rounds 276-279 joined
# after being scored held out at 0.858 by the final finder, not tuned on) - 0.005; 0.9432 on
# 1,250 files (rounds 276-287 tuned on by stfix41-43; rounds 288-295 joined after being scored
# held out at 0.873 and 0.785 by session 34's final finder, not tuned on) - 0.005; 0.9453 on
# 1,314 files (rounds 288-303 tuned on by stfix44-48, rounds 296-303 scored held out at 0.823
# and 0.834 first; rounds 304-311 joined after being scored held out at 0.846 and 0.808 by
# session 35's final finder, 0.881 and 0.808 after its fix of one pronoun between a
# quotation's halves) - 0.005; 0.9467 on 1,346 files (rounds 308-315 tuned on by stfix49 and
# stfix50 after 312-315 were scored held out at 0.913 by session 36's first finder, the whole
# set's residue by stfix51; rounds 316-319 joined after being scored held out at 0.810 by
# session 36's final finder, not tuned on) - 0.005; 0.9444 on 1,362 files (rounds 320-323 joined
# after being scored held out at 0.762 by session 36's final finder, not tuned on) - 0.005;
# 0.9460 on 1,394 files (session 37: rounds 320-327 tuned on by stfix52/53, the residue by
# stfix54; rounds 328-331 joined after being scored held out at 0.780 by session 37's final
# finder, not tuned on) - 0.005; 0.9480 on 1,458 files (session 38: rounds 328-343 tuned on by
# stfix55-58; rounds 344-347 joined after being scored held out at 0.902 by session 38's final
# finder, not tuned on) - 0.005; 0.9512 on 1,506 files (session 39: rounds 344-355 tuned on by
# stfix59-61, speakers of the residue by stfix62; rounds 356-359 joined after being scored held
# out at 0.933 by session 39's final finder, not tuned on) - 0.005; 0.9496 on 1,570 files
# (session 40: rounds 356-375 tuned on by stfix63-67, rounds 364-371 after being scored held out
# at 0.715 and 0.836 by session 40's final finder), the floor kept; 0.9490 on 1,634 files
# (session 41: rounds 376-391 tuned on by stfix68-69 and stfix71, rounds 384-387 after being
# scored held out at 0.780 by session 41's final finder), the floor kept; 0.9498 on 1,666 files
# (session 42: rounds 392-399 tuned on by stfix72 and stfix74, rounds 396-399 after being scored
# held out at 0.837 by session 42's final finder; 0.9480 on 1,682 files once rounds 400-403
# joined, scored held out at 0.771 by that finder, not tuned on), the floor kept; 0.9493 on
# 1,730 files (session 43: rounds 400-411 tuned on by stfix75, stfix76 and stfix78, a new user's
# classes by stfix77, rounds 408-411 after being scored held out at 0.798 by session 43's final
# finder; 0.9487 on 1,746 files once rounds 412-419 joined, scored held out at 0.885 and 0.877 by
# that finder, not tuned on), the floor kept; 0.9496 on 1,778 files (session 44: rounds 412-427
# tuned on by stfix79 and stfix80 after 420-427 were scored held out at 0.835 and 0.763 by
# session 44's first finder, the set's residue of speakers by stfix81; 0.9478 on 1,810 files
# once rounds 428-435 joined, scored held out at 0.845 and 0.859 by its final finder, not tuned
# on; 0.9465 on 1,826 files once rounds 436-439 joined, scored held out at 0.810 by that finder,
# not tuned on); 0.9465 on 1,858 files (session 45: rounds 428-447 tuned on by stfix83 and
# stfix84 after 440-447 were scored held out at 0.843 and 0.802 by session 45's first finder, a
# new user's classes by stfix85; 0.9428 on 1,906 files once rounds 448-459 joined, scored held
# out at 0.784, 0.813 and 0.862 by its final finder, not tuned on); 0.9448 on 1,970 files
# (session 46: rounds 448-475 but 464-467 tuned on by stfix86-89 after 460-475 were scored held
# out at 0.893, 0.850, 0.817 and 0.735 by session 46's first finder; rounds 464-467, held aside,
# 0.850 by its final finder too, not tuned on); 0.9436 on 2,064 files (session 47: rounds 464-499
# but 484-487 tuned on by stfix91-97 after 476-499 were scored held out at 0.715, 0.844, 0.700,
# 0.913 and 0.794; rounds 484-487, held aside, 0.744 by its first finder and 0.754 by its final
# one, not tuned on, pull the set down); 0.9412 on 2,200 files (session 48: rounds 484-519 but
# 500-503 tuned on by stfix98-102 after 500-519 were scored held out at 0.762, 0.847, 0.676,
# 0.897 and 0.842 by session 48's first finder; rounds 500-503, held aside, and 520-533, judged
# while the fixers worked, not tuned on: 0.779, 0.811, 0.852, 0.795 and 0.876 by its final
# finder) - 0.0002; 0.9431 on 2,200 files (session 49: rounds 500-503 and
# 520-533 tuned on by stfix103 and stfix104, the set's recurring classes by stfix105); 0.9389 on
# 2,280 files (rounds 534-553 joined after being scored held out at 0.853, 0.754, 0.850, 0.802
# and 0.905 by session 49's first finder and the same by its last: not tuned on) - 0.0009;
# 0.9399 on 2,280 files (session 50: coref50's antecedents, split50's sentence starts; rounds
# 534-553 read by coref50); 0.9387 on 2,296 files (rounds 554-557 joined after being scored held
# out at 0.787 by session 50's first finder and the same by its last: not tuned on); 0.9402 on
# 2,296 files (session 51: rounds 554-557 tuned on by stfix106, organisations' names by
# orgname51); 0.9392 on 2,320 files (rounds 558-563 joined after being scored held out at 0.850
# by session 51's first finder and the same by its last: not tuned on); 0.9399 on 2,320 files
# (rounds 558-563 tuned on by stfix107); 0.9393 on 2,336 files (rounds 564-567 joined after
# being scored held out at 0.878 by the finder before stfix107 and the same after: not tuned on);
# 0.9388 on 2,352 files (rounds 568-571 joined after being scored held out at 0.874 by session
# 51's final finder and the same by its first: not tuned on); 0.9396 on 2,352 files (session 52:
# rounds 564-571 tuned on by stfix108); 0.9380 on 2,408 files (rounds 572-575 scored held out at
# 0.709 by session 52's first finder, then tuned on by stfix109; rounds 576-585 joined after being
# scored held out at 0.849 by session 52's first finder and the same by its last: not tuned on);
# 0.9393 on 2,440 files (session 53: rounds 576-585 tuned on by stfix110 and stfix111, rounds
# 586-591 scored held out at 0.824 by session 53's first finder, then tuned on by stfix112; rounds
# 592-593 joined after being scored held out at 0.829 by session 53's first finder and the same by
# its last: not tuned on); 0.9397 on 2,472 files (session 54: rounds 592-593 tuned on by
# stfix113; rounds 594-597 and 600-601 scored held out at 0.792, 0.779 and 0.926 by session 54's
# first finder, then tuned on by stfix114 and stfix115; rounds 598-599 joined after being scored
# held out at 0.857 by session 54's first finder and the same by its last: not tuned on; 0.9379
# with 594-601 untuned); 0.9395 on 2,504 files (session 55: rounds 598-599 tuned on by stfix117;
# rounds 602-603, 606-607 and 608-609 scored held out at 0.782, 0.752 and 0.870 by session 55's
# first finder, then tuned on by stfix118-120; rounds 604-605 joined after being scored held out
# at 0.579 by session 55's first finder and the same by its last: not tuned on; 0.9371 with
# 602-609 untuned); 0.9417 on 2,536 files (session 56: rounds 604-605 tuned on by stfix121;
# rounds 610-613 and 616-617 scored held out at 0.877, 0.724 and 0.452 by session 56's first
# finder, then tuned on by stfix122-124; rounds 614-615 joined after being scored held out at
# 0.874 by session 56's first finder and the same by its last: not tuned on; 0.9367 with 610-617
# untuned); 0.9419 on 2,568 files (session 57: rounds 614-615 tuned on by stfix125; rounds
# 618-621 and 624-625 scored held out at 0.717, 0.825 and 0.785 by session 57's first finder,
# then tuned on by stfix126-128; rounds 622-623 joined after being scored held out at 0.741 by
# session 57's first finder, not tuned on (0.797 by its last: three texts' output changed, one
# of them after a fixer read a passage of it); 0.9394 with 618-625 untuned); 0.9423 on 2,600
# files (session 58: rounds 622-623 tuned on by stfix129; rounds 626-627, 630-631 and 632-633
# scored held out at 0.754, 0.872 and 0.736 by session 58's first finder, then tuned on by
# stfix130-132; rounds 628-629 joined after being scored held out at 0.678 by session 58's first
# finder and the same by its last: not tuned on; 0.9399 with 626-633 untuned) - 0.0015; 0.9431
# on 2,632 files (session 59: rounds 628-629 tuned on by stfix133; rounds 634-635, 636-637 and
# 640-641 scored held out at 0.927, 0.831 and 0.812 by session 59's first finder, then tuned on
# by stfix134-136; rounds 638-639 joined after being scored held out at 0.868 by session 59's
# first finder and the same by its last: not tuned on; 0.9413 with 634-641 untuned) - 0.0031;
# 0.9442 on 2,664 files (session 60: rounds 638-639 tuned on by stfix137; rounds 644-645, 646-647
# and 648-649 scored held out at 0.835, 0.786 and 0.943 by session 60's first finder, then tuned
# on by stfix138-140; rounds 642-643 joined after being scored held out at 0.892 by session 60's
# first finder and the same by its last: not tuned on; 0.9421 with 642-649 untuned) - 0.0042;
# 0.9445 on 2,696 files (session 61: rounds 642-643 tuned on by stfix141; rounds 650-651,
# 652-653 and 654-655 scored held out at 0.887, 0.871 and 0.903 by session 61's first finder,
# then tuned on by stfix142-144; rounds 656-657 joined after being scored held out at 0.843 by
# session 61's first finder and the same by its last: not tuned on; 0.9433 with 650-657
# untuned) - 0.0045; 0.9452 on 2,728 files (session 62: rounds 656-657 tuned on by stfix145;
# rounds 658-659, 660-661 and 662-663 scored held out at 0.847, 0.896 and 0.857 by session 62's
# first finder, then tuned on by stfix146-148; rounds 664-665 joined after being scored held out
# at 0.903 by session 62's first finder and the same by its last: not tuned on; 0.9437 with
# 658-665 untuned) - 0.0052; 0.9454 on 2,760 files (session 63: rounds 664-665 tuned on by
# stfix149; rounds 666-667, 668-669 and 670-671 scored held out at 0.945, 0.897 and 0.710 by
# session 63's first finder, then tuned on by stfix150-152; rounds 672-673 joined after being
# scored held out at 0.867 by session 63's first finder and the same by its last: not tuned on;
# 0.9445 with 666-673 untuned) - 0.0054; 0.9461 on 2,792 files (session 64: rounds 672-673
# tuned on by stfix153; rounds 674-675, 676-677 and 678-679 scored held out at 0.787, 0.939 and
# 0.944 by session 64's first finder, then tuned on by stfix154-156; rounds 680-681 joined after
# being scored held out at 0.849 by session 64's first finder and the same by its last: not
# tuned on; 0.9445 with 674-681 untuned) - 0.0061; 0.9462 on 2,824 files (session 65: rounds
# 680-681 tuned on by stfix157; rounds 682-683, 686-687 and 688-689 scored held out at 0.684,
# 0.827 and 0.835 by session 65's first finder, then tuned on by stfix158-160; rounds 684-685
# joined after being scored held out at 0.917 by session 65's first finder and the same by its
# last: not tuned on; 0.9445 with 682-689 untuned) - 0.0062, so that the next untuned rounds,
# which weigh it down ~0.0005 a hundred statements, do not fail it while a regression still does
ATTRIBUTED_F1_FLOOR = 0.940
OVERLAP_FLOOR = 0.90
_TITLES = re.compile(
    r"^(?:the|mr|mrs|ms|dr|prof|associate professor|ambassador|minister|president)\s"
)


def _speaker(name: str) -> str:
    name = re.sub(r"[^\w\s]", " ", fold(name)).strip()
    while _TITLES.match(name + " "):
        name = _TITLES.sub("", name + " ", count=1).strip()
    return " ".join(name.split())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _score_file(gold: list[dict], predicted: list[tuple[int, int, str]]) -> tuple[int, int, list]:
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, (start, end, _speaker_name) in enumerate(predicted):
            shared = _overlap((g["start"], g["end"]), (start, end))
            shorter = min(g["end"] - g["start"], end - start)
            if shared and shared * 2 >= shorter:
                union = max(g["end"], end) - min(g["start"], start)
                pairs.append((shared / union, g_index, p_index))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for ratio, g_index, p_index in pairs:
        if g_index not in used_gold and p_index not in used_pred:
            used_gold.add(g_index)
            used_pred.add(p_index)
            right = _speaker(gold[g_index]["speaker"]) == _speaker(predicted[p_index][2])
            matched.append((ratio, right))
    return len(gold), len(predicted), matched


def test_dev_set_floor() -> None:
    gold_total = predicted_total = 0
    matched: list[tuple[float, bool]] = []
    for gold_path in sorted((DEV / "gold").glob("*.jsonl")):
        text_path = DEV / "articles" / f"{gold_path.stem}.txt"
        with open(text_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
        statements = find_statements(text)
        for statement in statements:
            assert text[statement.start : statement.end] == statement.text
        predicted = [(s.start, s.end, s.speaker) for s in statements]
        n_gold, n_pred, file_matched = _score_file(gold, predicted)
        gold_total += n_gold
        predicted_total += n_pred
        matched += file_matched
    right = sum(1 for _, ok in matched if ok)
    precision, recall = right / predicted_total, right / gold_total
    attributed_f1 = 2 * precision * recall / (precision + recall)
    mean_overlap = sum(ratio for ratio, _ in matched) / len(matched)
    assert gold_total >= 3000  # 746 files: the seeds and 744 articles from other outlets
    assert attributed_f1 >= ATTRIBUTED_F1_FLOOR, f"attributed F1 {attributed_f1:.3f}"
    assert mean_overlap >= OVERLAP_FLOOR, f"mean overlap/union {mean_overlap:.3f}"
