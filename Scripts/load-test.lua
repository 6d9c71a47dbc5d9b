-- wrk script: POST one project (the file named by $PROJECT) to /v1/screen as JSON.
local path = os.getenv("PROJECT") or "Fixtures/projects/kg-2024-002-giay-da-xeo-ro.json"
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
