// plandoc mcp: the Model Context Protocol server over stdio (server/src/mcp). Files it may read are those
// inside the folder it was started in. Built as dist/cli/mcp.js of its own, so the SDK never loads for lint.
import { UsageError } from '../errors.js';
import type { CliArgs } from '../args.js';

export async function mcpCommand(args: CliArgs, cwd: string): Promise<number> {
  if (args.positionals.length) {
    throw new UsageError({ zh: `plandoc mcp 不接受路径参数（收到 ${args.positionals.join(' ')}）：它只读取启动目录中的文件`, en: `plandoc mcp takes no paths (got ${args.positionals.join(' ')}): it reads files inside the folder it is started in` });
  }
  const { serveMcpOverStdio } = await import('../../mcp/server.js');
  await serveMcpOverStdio(cwd);
  return 0;
}
