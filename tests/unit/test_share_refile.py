"""A sync joining an article of ours to the team's copy of its text (another id) takes along
what is kept of it outside the store's tables: its note drafts and the settings naming it."""

from __future__ import annotations

from pathlib import Path

from diplotui.library.view import LAST_ARTICLE_SETTING, LAST_POSITION_SETTING
from diplotui.model import Article
from diplotui.session.drafts import DraftFolder, NoteDraft, survey
from diplotui.share import sync
from diplotui.store import Store, text_hash
from tests.sharing import git_identity, shared_pair

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

TEXT = "The envoy met the minister on Monday. The talks were frank and the tone was calm."


def test_a_sync_joining_an_article_to_the_teams_id_moves_its_drafts_and_last_place(
    tmp_path: Path,
):
    mai, bob = shared_pair(tmp_path)
    team_id, own_id = text_hash(TEXT)[:12], text_hash(TEXT + " ")[:12]
    with Store.open(mai) as store:
        store.add_article(Article(id=team_id, title="Envoy", text_hash=""), TEXT)
        sync(store, "mai")
    typed = NoteDraft(own_id, "article", "the envoy's second visit this month")
    DraftFolder(bob).write(typed)
    with Store.open(bob) as store:
        store.add_article(Article(id=own_id, title="Envoy", text_hash=""), TEXT)
        store.set_setting(LAST_ARTICLE_SETTING, own_id)
        store.set_setting(LAST_POSITION_SETTING, {"article": own_id, "offset": 38, "text": "x"})
        assert "1 article of yours joined" in sync(store, "bob").summary()
    with Store.open(bob) as store:
        assert store.setting(LAST_ARTICLE_SETTING) == team_id
        assert store.setting(LAST_POSITION_SETTING) == {
            "article": team_id,
            "offset": 38,
            "text": "x",
        }
        drafts = survey(bob, store.article_ids())
    assert [(d.article_id, d.text) for d in drafts.kept] == [(team_id, typed.text)]
    assert drafts.orphaned == [] and drafts.unreadable == []
