#!/bin/bash
# usage: .q.sh '<query>' [variables-json]
V=${2:-{\}}
python3 -c "import json,sys;print(json.dumps({'query':sys.argv[1],'variables':json.loads(sys.argv[2])}))" "$1" "$V" > /tmp/q.json
curl -s -w '\n%{time_total}s\n' localhost:4300/graphql -H 'content-type: application/json' -d @/tmp/q.json
