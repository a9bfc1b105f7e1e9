#!/usr/bin/env python3
"""PageRank and communities on an exported graph, past the service's caps (docs/scaling.md).

Reads the CSV export (nodes.csv, edges.csv: `npm run analyse -- export --format csv --stream`)
column by column with the csv module, so the 600 MB of evidence text at 1M nodes is never held, and
runs the analyses on the undirected simple form the service uses (one edge per joined pair, weighted
by how many relationships join it), with igraph (C core; `pip install igraph`) by default or
NetworkX (`--engine networkx`: pure Python, `pip install networkx scipy`; slower and larger at 1M).

    python3 scripts/analyse-export.py <export dir> [--engine igraph|networkx] [--top 10]

Prints the top nodes by PageRank, the number of communities (Leiden with igraph, Louvain with
NetworkX) and their modularity, and the
time of each step and the peak memory of the process.
"""
import argparse
import csv
import resource
import sys
import time

csv.field_size_limit(sys.maxsize)


def step(label, started):
    now = time.perf_counter()
    print(f"{label}: {now - started:.1f} s", file=sys.stderr)
    return now


def read(export_dir):
    """Node ids and names, and the undirected pairs with their relationship counts."""
    ids, names, index = [], [], {}
    with open(f"{export_dir}/nodes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            index[row["id"]] = len(ids)
            ids.append(row["id"])
            names.append(row["name"])
    pairs = {}
    with open(f"{export_dir}/edges.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = index.get(row["source"]), index.get(row["target"])
            if s is None or t is None or s == t:
                continue
            pair = (s, t) if s < t else (t, s)
            pairs[pair] = pairs.get(pair, 0) + 1
    return ids, names, pairs


def with_igraph(ids, pairs):
    import igraph as ig

    graph = ig.Graph(n=len(ids), edges=list(pairs.keys()), directed=False)
    weights = list(pairs.values())
    started = time.perf_counter()
    ranks = graph.pagerank(damping=0.85)
    started = step("pagerank", started)
    # Leiden, Louvain's refinement (it also maximises modularity), rather than community_multilevel:
    # igraph 0.11.8's multilevel took 17 s on a 40k-node graph here and did not finish at 1M.
    communities = graph.community_leiden(objective_function="modularity", weights=weights, n_iterations=-1)
    step("leiden", started)
    return ranks, len(communities), graph.modularity(communities.membership, weights=weights)


def with_networkx(ids, pairs):
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(range(len(ids)))
    graph.add_weighted_edges_from((s, t, w) for (s, t), w in pairs.items())
    started = time.perf_counter()
    ranks = nx.pagerank(graph, alpha=0.85, weight=None)
    started = step("pagerank", started)
    communities = nx.community.louvain_communities(graph, weight="weight", seed=42)
    modularity = nx.community.modularity(graph, communities, weight="weight")
    step("louvain", started)
    return [ranks[v] for v in range(len(ids))], len(communities), modularity


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export_dir")
    parser.add_argument("--engine", choices=["igraph", "networkx"], default="igraph")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()

    started = time.perf_counter()
    ids, names, pairs = read(args.export_dir)
    started = step(f"read {len(ids)} nodes, {len(pairs)} pairs", started)
    engine = with_igraph if args.engine == "igraph" else with_networkx
    ranks, count, modularity = engine(ids, pairs)
    for v in sorted(range(len(ids)), key=lambda v: (-ranks[v], ids[v]))[: args.top]:
        print(f"{ranks[v]:.6f}  {ids[v]}  {names[v]}")
    print(f"{count} communities, modularity {modularity:.4f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB ({args.engine})", file=sys.stderr)


if __name__ == "__main__":
    main()
