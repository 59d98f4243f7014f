-- Drives headless Neovim 0.7 as a real LSP client of plandoc-language-server:
-- opens a file, waits for the diagnostics, asks for the outline and a hover, applies a
-- quick fix, formats the buffer (waiting for each re-validation), asks for a completion, then writes
-- everything it saw as JSON to $PLANDOC_NVIM_OUT for test/e2e/nvim/nvim.test.ts.
local file = assert(vim.env.PLANDOC_NVIM_FILE, 'PLANDOC_NVIM_FILE not set')
local out = assert(vim.env.PLANDOC_NVIM_OUT, 'PLANDOC_NVIM_OUT not set')
local timeout = 20000
local result = { steps = {} }

local function write_result()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function step(name) table.insert(result.steps, name) end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, code = d.code, source = d.source,
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return tostring(a.code) < tostring(b.code)
  end)
  return list
end

local function symbol_tree(symbols)
  local tree = {}
  for _, s in ipairs(symbols or {}) do
    table.insert(tree, { name = s.name, kind = s.kind, line = s.selectionRange.start.line, children = symbol_tree(s.children) })
  end
  return tree
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'text'

  local published_version = -1
  local published_raw = {}
  local client_id = vim.lsp.start_client({
    name = 'plandoc',
    cmd = { 'plandoc-language-server', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { locale = 'zh' },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
        if res.version then published_version = res.version end
        published_raw = res.diagnostics
        vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
      end,
    },
  })
  assert(client_id, 'could not start plandoc-language-server')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local function wait_for_version()
    local target = vim.lsp.util.buf_versions[bufnr]
    assert(vim.wait(timeout, function() return published_version == target end, 10), 'no diagnostics for version ' .. tostring(target))
  end

  assert(vim.wait(timeout, function() return client.initialized end, 10), 'server did not initialize')
  step('initialized')
  wait_for_version()
  result.diagnostics = diagnostics(bufnr)
  step('diagnostics')

  local doc = { uri = vim.uri_from_bufnr(bufnr) }
  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = doc }, timeout, bufnr)
  assert(symbols and symbols.result, 'no documentSymbol result')
  result.symbols = symbol_tree(symbols.result)
  step('symbols')

  local folds = client.request_sync('textDocument/foldingRange', { textDocument = doc }, timeout, bufnr)
  result.folds = folds and folds.result or {}

  local hover_line = vim.env.PLANDOC_NVIM_HOVER_LINE and tonumber(vim.env.PLANDOC_NVIM_HOVER_LINE)
  if hover_line then
    local hover = client.request_sync('textDocument/hover', { textDocument = doc, position = { line = hover_line, character = 1 } }, timeout, bufnr)
    result.hover = hover and hover.result and hover.result.contents.value or vim.NIL
    step('hover')
  end

  -- a quick fix, applied the way Neovim applies any workspace edit
  local fixable
  for _, d in ipairs(published_raw) do
    if d.data and d.data.fixable then fixable = d break end
  end
  assert(fixable, 'no fixable diagnostic')
  local actions = client.request_sync('textDocument/codeAction', {
    textDocument = doc, range = fixable.range, context = { diagnostics = { fixable } },
  }, timeout, bufnr)
  local preferred
  for _, action in ipairs((actions and actions.result) or {}) do
    if action.isPreferred then preferred = action break end
  end
  assert(preferred and preferred.edit, 'no preferred quick fix')
  local fix_line = fixable.range.start.line
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  wait_for_version()
  result.quickfix = {
    rule = fixable.code, line = fix_line, title = preferred.title,
    text = vim.api.nvim_buf_get_lines(bufnr, fix_line, fix_line + 1, false)[1],
    diagnostics = #vim.diagnostic.get(bufnr),
  }
  step('quickfix')

  if vim.lsp.buf.format then
    vim.lsp.buf.format({ timeout_ms = timeout, bufnr = bufnr }) -- Neovim 0.8+
  else
    vim.lsp.buf.formatting_sync(nil, timeout) -- Neovim 0.7
  end
  result.formatted = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  wait_for_version()
  result.diagnostics_after_format = diagnostics(bufnr)
  step('formatted')

  local completion_line = vim.env.PLANDOC_NVIM_COMPLETION_LINE and tonumber(vim.env.PLANDOC_NVIM_COMPLETION_LINE)
  if completion_line then
    -- open a new empty line below, as a writer pressing `o` would
    vim.api.nvim_buf_set_lines(bufnr, completion_line + 1, completion_line + 1, false, { '' })
    local items = client.request_sync('textDocument/completion', { textDocument = doc, position = { line = completion_line + 1, character = 0 } }, timeout, bufnr)
    result.completion = {}
    for _, item in ipairs((items and items.result) or {}) do table.insert(result.completion, item.label) end
    step('completion')
  end

  vim.lsp.stop_client(client_id)
  assert(vim.wait(timeout, function() return vim.lsp.client_is_stopped(client_id) end, 10), 'server did not stop')
  step('stopped')
end

local ok, err = pcall(main)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd(ok and 'qa!' or 'cquit! 1')
