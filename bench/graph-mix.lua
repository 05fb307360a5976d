-- wrk script: a mix of the graph's API requests on a corpus made by `danvan generate` (plans named NNN/NNNNNN.txt):
-- the documents every generated plan may cite, plans drawn at random from the first PLANS (default 10,000), and the
-- stale list whole, by province and by year. Run by bench/web-load.sh with MIX=bench/graph-mix.lua.
local documents = {
  "/api/document?key=114-KL%2FTW%402015",
  "/api/document?key=290-Q%C4%90%2FTW%402010",
  "/api/document?key=04%2F2015%2FN%C4%90-CP%402015",
  "/api/stale",
  "/api/stale?province=Gia%20Lai",
  "/api/stale?year=2021",
}
local plans = tonumber(os.getenv("PLANS") or "10000")
local i = 0
request = function()
  i = i + 1
  if i % 2 == 0 then
    local n = math.random(0, plans - 1)
    return wrk.format("GET", string.format("/api/plan?path=%03d/%06d.txt", math.floor(n / 1000), n))
  end
  return wrk.format("GET", documents[(math.floor(i / 2) % #documents) + 1])
end
