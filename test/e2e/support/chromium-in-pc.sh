#!/bin/sh
# Chromium inside the lab's PC namespace, so the page reaches the test bridge on the namespace's
# own loopback. Playwright talks to Chromium over inherited pipes, which `ip netns exec` keeps.
exec ip netns exec "${GD_NETNS:-gd-pc}" "${GD_CHROMIUM:-/usr/lib/chromium/chromium}" "$@"
