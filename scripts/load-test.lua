-- wrk script for scripts/load-test: every request is a realistic filter combination.
--
-- Usage: wrk ... -s scripts/load-test.lua http://127.0.0.1:PORT -- PATH
-- PATH is /api/postings, /api/report or / ; each request adds a random mix of role, skill(s),
-- country, work mode, minimum salary and a text query, drawn from the generated corpus's values
-- (seeded per wrk thread, so runs are repeatable). Prints one "RESULT ..." line at the end.

local roles = { "machine-learning-engineer", "data-scientist", "data-engineer", "data-analyst",
  "software-engineer", "research-scientist" }
local skills = { "Python", "SQL", "AWS", "PyTorch", "TensorFlow", "Kubernetes", "Docker", "Machine Learning",
  "Apache Spark", "Java", "Deep Learning", "Statistics", "Azure", "Google Cloud", "Airflow", "Go",
  "Databricks", "scikit-learn", "NLP", "SageMaker" }
local countries = { "US", "IN", "CA", "GB", "DE", "FR", "NL", "SG", "IE", "ES", "PL", "IL", "CH" }
local modes = { "remote", "hybrid", "onsite" }
local salaries = { "80000", "100000", "120000", "150000", "200000" }
local words = { "python", "data", "remote", "senior engineer", "kubernetes", "machine learning", "pipelines",
  "research", "analytics", "platform" }

local path = "/api/postings"
local counter = 0

local function pick(list) return list[math.random(#list)] end
local function escape(text) return (text:gsub(" ", "%%20")) end

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  if args[1] then path = args[1] end
  math.randomseed(tonumber(seed or 1) * 7919)
end

function request()
  local parts = {}
  if math.random() < 0.6 then parts[#parts + 1] = "role=" .. pick(roles) end
  if math.random() < 0.5 then parts[#parts + 1] = "skill=" .. escape(pick(skills)) end
  if math.random() < 0.15 then parts[#parts + 1] = "skill=" .. escape(pick(skills)) end
  if math.random() < 0.5 then parts[#parts + 1] = "country=" .. pick(countries) end
  if math.random() < 0.25 then parts[#parts + 1] = "work_mode=" .. pick(modes) end
  if math.random() < 0.2 then parts[#parts + 1] = "min_salary=" .. pick(salaries) end
  if math.random() < 0.2 then parts[#parts + 1] = "q=" .. escape(pick(words)) end
  local query = table.concat(parts, "&")
  if query == "" then return wrk.format("GET", path) end
  return wrk.format("GET", path .. "?" .. query)
end

function done(summary, latency, requests)
  local errors = summary.errors
  local socket = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors.status, socket))
end
