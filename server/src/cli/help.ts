// --help in Chinese and English.
import type { Locale } from '../core/types.js';
import type { Command } from './args.js';

const ZH = {
  main: `PlanDoc 计划文档助手：检查中文计划类文档（工作计划、实施方案、规章制度……）的编号与结构

用法：plandoc <命令> [选项]

命令：
  lint [路径|glob…]     检查文档（默认命令；默认路径为 .，扩展名 .txt .md .plan）
  outline 文件          显示文档的大纲树（--format tree|json）
  timeline 文件         显示计划覆盖的月份（--format chart|json）
  rules                 列出所有规则及其文档链接（--format table|json）
  init                  在当前目录写入带注释的 .plandocrc.jsonc
  mcp                   以 MCP 服务器方式运行（标准输入输出），供 AI 写作助手调用；只读取当前目录内的文件

通用选项：
  --locale zh|en        界面语言（默认取自 LC_ALL / LANG）
  --color, --no-color   强制开启或关闭颜色（默认仅在终端中开启；遵循 NO_COLOR）
  -h, --help            显示帮助（plandoc help lint 显示 lint 的全部选项）
  -v, --version         显示版本号

退出码：0 没有错误；1 有错误或警告数超过 --max-warnings；2 用法、配置或读写失败`,
  lint: `用法：plandoc lint [路径|glob…] [选项]

输出：
  -f, --format 格式         stylish（默认）| json | sarif | github | junit | checkstyle
  -o, --output-file 文件    把报告写入文件
  -q, --quiet               只报告错误
  --max-warnings N          警告数超过 N 时退出码为 1
修复：
  --fix                     自动修复并原子写回（保持原编码、BOM 和换行符）
  --fix-dry-run             只打印修复的差异（diff），不写文件
配置：
  -c, --config 文件         使用指定的配置文件，不再向上查找
  --no-config               不读取任何配置文件
  --profile common|gbt9704  规范档（覆盖配置文件）
  --rule 规则id=级别        调整规则级别：off | info | warning | error（可重复）
  --print-config 文件       不检查，打印该文件适用的规范档和规则设置及其来源（JSON）
文件：
  --ext .txt,.md            目录中要检查的扩展名（默认 .txt .md .plan）
  --no-ignore               不使用 .gitignore、.plandocignore 和配置中的 ignores
  --encoding 编码           auto（默认）| utf8 | utf16le | utf16be | gb18030 | gbk
  --max-file-size 大小      跳过超过此大小的文件（默认 10MB，最大 64MB；标准输入同样适用）
  --follow-symlinks         进入符号链接指向的目录，并允许 --fix 修改链接指向的所检查目录之外的文件
  --stdin                   从标准输入读取文档（与 --fix 一起时把修复结果写到标准输出）
  --stdin-filename 文件     标准输入文档的文件名（用于查找配置和显示）
性能与 CI：
  -j, --jobs N              检查线程数，含主线程（默认为 CPU 核数减一；少于 16 个文件时单线程）
  --cache                   缓存结果（按内容、配置和版本；文件状态未变时不重读），默认位置 .plandoccache
  --cache-location 文件     缓存文件位置
  --shard i/n               只检查确定性划分中的第 i 份（共 n 份），供 CI 矩阵并行
  --since 引用              只检查自该 git 引用以来改动过的文件（含未提交和新增的文件）`,
};

const EN = {
  main: `PlanDoc: lints the numbering and structure of Chinese plan-style documents (工作计划, 实施方案, 规章制度 …)

Usage: plandoc <command> [options]

Commands:
  lint [paths|globs…]   lint documents (the default command; default path ., extensions .txt .md .plan)
  outline FILE          print the document's outline tree (--format tree|json)
  timeline FILE         chart the months the plan covers (--format chart|json)
  rules                 list every rule with its documentation link (--format table|json)
  init                  write a commented .plandocrc.jsonc in the current folder
  mcp                   run as an MCP server on stdio for AI writing assistants (reads files in the current folder only)

Global options:
  --locale zh|en        interface language (default from LC_ALL / LANG)
  --color, --no-color   force colour on or off (default: on in a terminal only; NO_COLOR respected)
  -h, --help            show help (plandoc help lint shows every lint option)
  -v, --version         print the version

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 usage, configuration or I/O failure`,
  lint: `Usage: plandoc lint [paths|globs…] [options]

Output:
  -f, --format NAME         stylish (default) | json | sarif | github | junit | checkstyle
  -o, --output-file FILE    write the report to a file
  -q, --quiet               report errors only
  --max-warnings N          exit 1 when there are more than N warnings
Fixing:
  --fix                     fix problems and write files back atomically (same encoding, BOM and line endings)
  --fix-dry-run             print the fixes as a diff without writing
Configuration:
  -c, --config FILE         use this config file instead of searching upwards
  --no-config               read no config file
  --profile common|gbt9704  profile (overrides config files)
  --rule ID=SEVERITY        set a rule to off | info | warning | error (repeatable)
  --print-config FILE       print the profile and rule settings for FILE and where each came from (JSON), without linting
Files:
  --ext .txt,.md            extensions looked for in folders (default .txt .md .plan)
  --no-ignore               disregard .gitignore, .plandocignore and the config's ignores
  --encoding NAME           auto (default) | utf8 | utf16le | utf16be | gb18030 | gbk
  --max-file-size SIZE      skip files larger than this (default 10MB, at most 64MB; stdin too)
  --follow-symlinks         walk linked folders, and let --fix write through links out of the linted folders
  --stdin                   read the document from standard input (with --fix, print the fixed text)
  --stdin-filename FILE     file name of the stdin document (for config lookup and reports)
Speed and CI:
  -j, --jobs N              linting threads, the main one included (default: CPU cores − 1; one below 16 files)
  --cache                   cache results by content, config and version in .plandoccache (unchanged stat: not reread)
  --cache-location FILE     where to keep the cache
  --shard i/n               lint only part i of n of a deterministic split, for CI matrices
  --since REF               lint only files changed since this git ref (uncommitted and new files included)`,
};

const COMMAND_USAGE: Partial<Record<Command, { zh: string; en: string }>> = {
  outline: { zh: '用法：plandoc outline 文件 [--format tree|json] [--encoding 编码] [--config 文件]', en: 'Usage: plandoc outline FILE [--format tree|json] [--encoding NAME] [--config FILE]' },
  timeline: { zh: '用法：plandoc timeline 文件 [--format chart|json] [--encoding 编码] [--config 文件]', en: 'Usage: plandoc timeline FILE [--format chart|json] [--encoding NAME] [--config FILE]' },
  rules: { zh: '用法：plandoc rules [--format table|json]', en: 'Usage: plandoc rules [--format table|json]' },
  init: { zh: '用法：plandoc init [--profile common|gbt9704] [--force]', en: 'Usage: plandoc init [--profile common|gbt9704] [--force]' },
  mcp: { zh: '用法：plandoc mcp（在要开放的目录中启动；工具：lint、fix、outline、timeline、explain_rule，见 docs/mcp.md）', en: 'Usage: plandoc mcp (start it in the folder to open; tools: lint, fix, outline, timeline, explain_rule; see docs/mcp.md)' },
};

export function helpText(command: Command | undefined, locale: Locale, explicitCommand: boolean): string {
  const t = locale === 'zh' ? ZH : EN;
  if (explicitCommand && command === 'lint') return t.lint + '\n';
  const usage = command ? COMMAND_USAGE[command] : undefined;
  if (explicitCommand && usage) return (locale === 'zh' ? usage.zh : usage.en) + '\n';
  return t.main + '\n';
}
