// --shard i/n: a deterministic split of the sorted file list for CI matrices. Round-robin over the sorted
// list keeps shards within one file of each other in size and gives the same split on every machine.
export function selectShard<T>(files: readonly T[], shard: { index: number; count: number } | undefined): T[] {
  if (!shard || shard.count === 1) return [...files];
  return files.filter((_, i) => i % shard.count === shard.index - 1);
}
