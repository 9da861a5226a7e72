"""clean_frame on a real Dask cluster: two worker processes, one thread each."""

from __future__ import annotations

import os

import pytest

from newsclean.frame import clean_frame
from newsclean.results import RESULT_FIELDS
from rows import expected_fields, page_rows

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


def test_map_partitions_on_a_local_cluster_equals_clean_row_by_row() -> None:
    rows = page_rows(60)
    frame = pd.DataFrame(rows)
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=True,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        ddf = dd.from_pandas(frame, npartitions=6)
        cleaned = ddf.map_partitions(clean_frame, meta=clean_frame(ddf._meta))
        result = cleaned.compute()
        worker_pids = set(client.run(os.getpid).values())
    assert len(worker_pids) == 2 and os.getpid() not in worker_pids
    assert list(result["id"]) == list(range(60))
    assert list(result.columns) == [*frame.columns, *RESULT_FIELDS]
    for row in result.to_dict(orient="records"):
        got = {name: row[name] for name in RESULT_FIELDS}
        assert got == expected_fields(row["text"]), row["source"]
