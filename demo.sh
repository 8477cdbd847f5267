#!/usr/bin/env bash
# Builds the agent and runs the bundled sample shop on embedded H2 with it: the removed rows stay in the
# tables, flagged, and the application's queries no longer see them. DEMO_AGENT=off runs it without.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package

options="entities=sample.shop.Customer:sample.shop.PurchaseOrder:sample.shop.OrderLine"
options+=",sample.shop.OrderLine.strategy=timestamp,sample.shop.OrderLine.column=deleted_at"
agent=(-javaagent:agent/target/soft-delete-agent.jar="$options")
if [ "${DEMO_AGENT:-on}" = off ]; then
  agent=()
fi
exec java "${agent[@]}" -cp "$(cat integration-tests/hibernate-7.4/target/app.classpath)" sample.Demo
