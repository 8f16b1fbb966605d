# Sourced by the page-cache benchmarks: waiting for the app to go quiet before a measurement.

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Waits until the process has used under 5 % of a core for SECONDS seconds in a row, or LIMIT seconds in all.
wait_quiet() { # pid seconds limit
  local quiet=0 waited before after
  for ((waited = 0; waited < $3; waited++)); do
    before=$(cpu_ticks "$1"); sleep 1; after=$(cpu_ticks "$1")
    if [ $((after - before)) -le 5 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    [ "$quiet" -ge "$2" ] && return 0
  done
  return 0
}
