#!/usr/bin/env bash
# Render time of the take-home plan and the provider letter as PDF, in one JVM after warm-up.
#   src/test/bench/print.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -B -q test-compile
./mvnw -B -q org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.lactationclinic.infrastructure.printing.PrintBenchmark -Dexec.args="${1:-50}" \
    -Djava.awt.headless=true
