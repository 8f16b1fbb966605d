-- When each periodic job last started anywhere in the cluster, so that with several app nodes it runs once per period
-- rather than once per node (see platform.ClusterJobs; an advisory lock keeps two nodes from running it at once).
CREATE TABLE cluster_jobs (
    name TEXT PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    node TEXT NOT NULL
);
