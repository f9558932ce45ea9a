"""The Dask path gives exactly the records of the local path, in the same order."""

import pytest

pytest.importorskip("distributed", reason="the [dask] extra is not installed")

from distributed import Client, LocalCluster  # noqa: E402

from nieuwsnlp import Analyzer, load_dump  # noqa: E402
from nieuwsnlp.dask import analyze_dump, to_dataframes, write_parquet  # noqa: E402
from nieuwsnlp.loader import split_dump  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def dump(tmp_path_factory, fixtures_dir):
    """A dump of several articles, so that a small blocksize gives several partitions."""
    path = tmp_path_factory.mktemp("dask") / "dump.txt"
    text = (fixtures_dir / "sample-dump.txt").read_text(encoding="utf-8")
    path.write_text(text * 4, encoding="utf-8")
    return path


def test_records_equal_the_local_path(client, dump):
    assert len(split_dump(dump, 600)) > 2
    local = [r.model_dump(mode="json") for r in Analyzer().analyze(load_dump(dump))]
    distributed = analyze_dump(dump, blocksize=600).compute()
    assert distributed == local
    assert [r["article"]["id"] for r in distributed] == [f"dump:{i}" for i in range(12)]


def test_dataframes_and_parquet(client, dump, tmp_path):
    bag = analyze_dump(dump, blocksize=600)
    articles = to_dataframes(bag)["articles"].compute()
    assert list(articles["article_id"]) == [f"dump:{i}" for i in range(12)]
    write_parquet(bag, tmp_path / "out")
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"articles", "people", "claims"}
