-- Headless Neovim as a language client: opens a file, waits for Entente's diagnostics, asks for a hover, and writes what it holds as JSON.
local server, root, file, out = os.getenv("ENTENTE_SERVER"), os.getenv("ENTENTE_ROOT"), os.getenv("ENTENTE_FILE"), os.getenv("ENTENTE_OUT")
local result = { diagnostics = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd("qall!")
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  vim.bo.filetype = "entente"
  local id = vim.lsp.start_client({
    name = "entente",
    cmd = { "node", server, "--stdio" },
    root_dir = root,
    init_options = { today = os.getenv("ENTENTE_TODAY") },
  })
  result.started = id ~= nil
  vim.lsp.buf_attach_client(0, id)
  result.received = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      line = d.lnum, column = d.col, endLine = d.end_lnum, endColumn = d.end_col,
      severity = d.severity, code = lsp.code or d.code, source = d.source, message = d.message,
    })
  end
  -- A hover on the first reference to a service: the server's summary of that service, as Neovim receives it.
  local line, col = tonumber(os.getenv("ENTENTE_HOVER_LINE")), tonumber(os.getenv("ENTENTE_HOVER_COLUMN"))
  local responses = vim.lsp.buf_request_sync(0, "textDocument/hover", {
    textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line, character = col },
  }, 10000)
  for _, r in pairs(responses or {}) do
    if r.result and r.result.contents then result.hover = r.result.contents.value end
  end
end)
if not ok then result.error = tostring(err) end
finish()
