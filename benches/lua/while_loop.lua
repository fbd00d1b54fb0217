-- while_loop (Lua 5.4 twin of benches/scripts/while_loop.py): 10M iterations of int arithmetic.
-- Expected output: "while_loop n=10000000 acc=907196"
local function run(n)
  local i, acc = 0, 0
  while i < n do
    acc = (acc * 31 + i) % 1000003
    i = i + 1
  end
  return acc
end
local N = 10000000
print("while_loop n=" .. string.format("%d", N) .. " acc=" .. string.format("%d", run(N)))
