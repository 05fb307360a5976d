-- wrk script: a mix of search API requests, as the search page sends them (text accented and not,
-- symbols, filters, sorting, later pages), taken in turn by every connection.
local paths = {
  "/api/search?q=dan%20van",
  "/api/search?q=d%C3%A2n%20v%E1%BA%ADn",
  "/api/search?q=16%2FCT-TTg",
  "/api/search?q=qd%20290",
  "/api/search?q=quan%20ly&province=Gia%20Lai",
  "/api/search?q=ke%20hoach&from=2020&to=2023&sort=date",
  "/api/search?q=cai%20cach%20hanh%20chinh&page=2",
  "/api/search?superseded=1",
  "/api/search?q=%22quy%20ch%E1%BA%BF%20d%C3%A2n%20ch%E1%BB%A7%22",
  "/api/search?q=114-KL%2FTW&province=V%C4%A9nh%20Long",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
