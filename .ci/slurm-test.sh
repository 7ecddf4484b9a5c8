#!/usr/bin/env bash
# Integration test of `clustersim slurm` on a real Slurm: installs Slurm and MUNGE (Debian,
# as root, no systemd), starts a one-node cluster by hand with its own configuration file
# (SLURM_CONF, so an existing /etc/slurm is left alone), runs the impose-vs-propose experiment as
# a 4-task job array plus a merge job, runs it again on one machine with `clustersim run`, and
# compares the two results folders: every file byte for byte except manifest.json (compared
# without its timing and host fields: threads, wall_seconds, shards) and report.html (which
# embeds the manifest). Stops the daemons it started. Exit 0 if the folders match, 1 when
# clustersim fails or the folders differ, 3 when Slurm itself cannot be set up on this machine.
# Usage: .ci/slurm-test.sh    (about 3 minutes on 2 cores, plus the packages' installation)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=/tmp/clustersim-slurm-test
spool=/var/spool/clustersim-slurm-test
sharded=/tmp/slurm-ipv
single=/tmp/single-ipv
limit_seconds=900
t0=$(date +%s)

say() { echo "slurm-test [$(($(date +%s) - t0)) s]: $*"; }
fail() {
  echo "slurm-test: FAILED: $*" >&2
  exit 1
}
no_slurm() {
  echo "slurm-test: cannot set up Slurm here: $*" >&2
  exit 3
}
fail_with_logs() {
  for f in "$sharded"/logs/*.out "$work"/slurmctld.log "$work"/slurmd.log; do
    [ -f "$f" ] && { echo "--- last lines of $f" >&2; tail -n 20 "$f" >&2; }
  done
  fail "$@"
}

started=()
cleanup() {
  if [ -n "${SLURM_CONF:-}" ] && command -v scancel >/dev/null; then scancel --user=root >/dev/null 2>&1 || true; fi
  local pids=()
  for pidfile in "${started[@]}"; do
    if [ -f "$pidfile" ]; then pids+=("$(cat "$pidfile")"); fi
  done
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 "${pids[@]}" 2>/dev/null || break
    sleep 0.5
  done
  [ ${#started[@]} -gt 0 ] && say "stopped the daemons it started"
  return 0
}
trap cleanup EXIT

say "installing slurm-wlm and munge if needed"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v jq >/dev/null; then
  apt-get update -qq || no_slurm "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge jq >/dev/null \
    || no_slurm "could not install slurm-wlm, munge and jq"
fi
slurmctld -V

say "starting munged"
if ! munge -n >/dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mungekey --create --force
  fi
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  chown munge:munge /run/munge /var/lib/munge /var/log/munge
  runuser -u munge -- munged
  started+=(/run/munge/munged.pid)
  for _ in $(seq 1 20); do munge -n >/dev/null 2>&1 && break; sleep 0.5; done
fi
munge -n | unmunge >/dev/null || no_slurm "munge does not work"

say "writing $work/slurm.conf and starting slurmctld and slurmd"
rm -rf "$work" "$spool" "$sharded" "$single"
mkdir -p "$work" "$spool/ctld" "$spool/d"
host=$(hostname -s)
node=$(slurmd -C | head -n 1 | sed "s/^NodeName=[^ ]*/NodeName=$host/")
cat > "$work/slurm.conf" <<CONF
ClusterName=clustersim-test
SlurmctldHost=$host
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
StateSaveLocation=$spool/ctld
SlurmdSpoolDir=$spool/d
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
$node State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -f "$SLURM_CONF" -i
started+=("$work/slurmctld.pid")
slurmd -f "$SLURM_CONF"
started+=("$work/slurmd.pid")
for _ in $(seq 1 60); do
  state=$(sinfo -h -o %T 2>/dev/null || true)
  [ "$state" = "idle" ] && break
  sleep 1
done
[ "$state" = "idle" ] || no_slurm "the node is not idle after 60 s (sinfo says '$state')"
sinfo

say "building the jar (if needed) and submitting the experiment as 4 shards"
./clustersim --version
submitted=$(./clustersim slurm scenarios/impose-vs-propose.yaml --shards 4 --cpus 1 --mem 1G --time 00:20:00 \
  --out "$sharded")
echo "$submitted"
array_id=$(sed -n 's/^submitted array job \([0-9]*\) .*/\1/p' <<<"$submitted")
[ -n "$array_id" ] || fail_with_logs "no job id in the output of clustersim slurm"

say "waiting for the jobs (at most $limit_seconds s)"
deadline=$(($(date +%s) + limit_seconds))
while [ -n "$(squeue -h -o %i)" ]; do
  [ "$(date +%s)" -lt "$deadline" ] || fail_with_logs "jobs still queued after $limit_seconds s: $(squeue)"
  sleep 5
done
t_slurm=$(($(date +%s) - t0))
[ -d "$sharded/results" ] || fail_with_logs "no merged results at $sharded/results"
say "jobs done; merged results in $sharded/results"
cat "$sharded/logs/merge.out"

say "running the same experiment on one machine"
./clustersim run scenarios/impose-vs-propose.yaml --out "$single" --quiet >/dev/null

say "comparing $single and $sharded/results"
(cd "$single" && find . -type f | sort) > "$work/single.files"
(cd "$sharded/results" && find . -type f | sort) > "$work/sharded.files"
diff "$work/single.files" "$work/sharded.files" || fail "the two folders do not hold the same files"
differ=0
while read -r f; do
  case "$f" in ./manifest.json | ./report.html) continue ;; esac
  if ! cmp -s "$single/$f" "$sharded/results/$f"; then
    differ=$((differ + 1))
    [ "$differ" -le 10 ] && echo "differs: $f" >&2
  fi
done < "$work/single.files"
timing='del(.threads, .wall_seconds, .shards)'
if ! diff <(jq "$timing" "$single/manifest.json") <(jq "$timing" "$sharded/results/manifest.json") >&2; then
  echo "differs: manifest.json, beyond its timing and host fields" >&2
  differ=$((differ + 1))
fi
[ "$differ" = 0 ] || fail "$differ file(s) of the merged folder differ from the single-machine run"
echo "identical: $(grep -c . "$work/single.files") files ($(grep -c '\.csv$' "$work/single.files") CSV), manifest but timings"
say "PASSED (Slurm part $t_slurm s, total $(($(date +%s) - t0)) s)"
