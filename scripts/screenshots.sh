#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts Smsdesk in demo mode in a real X server (Xvfb), fills it with some traffic
# through the local API, and writes a screenshot of every page to docs/screenshots/.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default build-release; built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
# Inside a private D-Bus session with an unlocked keyring and a throwaway HOME, as the
# tests run: the demo reads webhook secrets from the keychain, and the user's own
# settings and keyring stay untouched.
if [ -z "${SMSDESK_SCREENSHOT_SESSION:-}" ]; then
    export SMSDESK_SCREENSHOT_SESSION=1
    exec tests/run-with-keychain.sh "$0" "$@"
fi
build=${1:-build-release}
out=docs/screenshots
if [ ! -x "$build/app/smsdesk/smsdesk" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSMSDESK_BUILD_TESTS=OFF -DSMSDESK_BUILD_BENCH=OFF
    cmake --build "$build" -j 2 --target smsdesk
fi
app=$(realpath "$build/app/smsdesk/smsdesk")
data=$(mktemp -d)
display=:97
port=18795
cleanup() {
    [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
x_pid=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8
token=$("$app" token create screenshots --data-dir "$data/demo")
"$app" --demo --data-dir "$data" --listen "127.0.0.1:$port" >/dev/null 2>&1 &
app_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

send() { # to, text
    curl -sf -X POST "http://127.0.0.1:$port/api/v1/messages" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "{\"to\":\"$1\",\"text\":\"$2\"}" >/dev/null
}
post() { # path, JSON body
    curl -sf -X POST "http://127.0.0.1:$port$1" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "$2" >/dev/null
}
# A customer and the business's saved texts (issue 14), for the composer and Settings shots.
post /api/v1/contacts '{"first_name":"Anna","last_name":"Miller","numbers":["+14155550101"],"groups":["regulars"],"fields":{"table":"4"}}'
post /api/v1/templates '{"name":"Table ready","text":"Hi {first_name}, your table for {table|your party} is ready. See you in a minute!"}'
post /api/v1/templates '{"name":"Order ready","text":"Hi {first_name|there}, your order is ready for pickup at the front desk."}'
post /api/v1/templates '{"name":"Closed Monday","text":"We are closed on Monday {date}. Thank you for understanding!"}'
send "+14155550101" "Hi Anna, your table for 4 is confirmed for Friday 7 pm. See you!"
send "+14155550102" "Your order #1042 is ready for pickup at the front desk."
send "+14155550103" "Reminder: dentist appointment tomorrow at 9:30. Reply C to cancel."
send "+14155550104" "Thanks for shopping with us! Show this SMS for 10% off your next visit."
send "+14155550105" "Die Reparatur ist fertig – Abholung ab 14 Uhr möglich. 😊"
for i in $(seq 6 25); do send "+141555501$(printf %02d "$i")" "Your appointment is confirmed (ref $i)."; done
sleep 14 # the demo phones report after 2-3.5 s, polled every 5 s: let the ticks land
window=$(xdotool search --sync --onlyvisible --class smsdesk | head -n 1)
xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
# No window manager under Xvfb: give the window the focus ourselves; keys then go
# through XTEST like a real keyboard.
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
mkdir -p "$out"
# Every shot is checked to show what its name says before it is written: the main window's
# title names the place it shows ("Smsdesk — Dead letters"), a dialog's its own. A shot of
# the wrong page (keys that went nowhere) stops the script instead of being committed.
fail() {
    echo "screenshots.sh: $*" >&2
    exit 1
}
expect_page() { # the place's name as the sidebar shows it
    local want="Smsdesk — $1" got=""
    for _ in $(seq 20); do
        got=$(xdotool getwindowname "$window")
        [ "$got" = "$want" ] && return 0
        sleep 0.25
    done
    fail "expected the page '$want', the window shows '$got'"
}
expect_dialog() { # a regular expression for the dialog's title
    for _ in $(seq 20); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
        sleep 0.25
    done
    fail "expected a window titled '$1'; visible: $(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|')"
}
write() { # name
    /usr/bin/import -window root "$out/$1.png"
    echo "wrote $out/$1.png"
}
shot() { # key, name, the page it must show
    xdotool key "$1"
    sleep 1.5
    expect_page "$3"
    write "$2"
}
shot ctrl+1 dashboard Dashboard
shot ctrl+2 conversations Conversations
xdotool key ctrl+f Return # Enter in the search opens the first conversation (the demo STOP)
shot ctrl+2 conversation-thread Conversations
shot ctrl+3 contacts Contacts
# Import… (right of the search bar), a file as Google Contacts exports it: the preview.
xdotool mousemove 1098 27 click 1
sleep 1.5
xdotool type --delay 20 "$PWD/tests/data/contacts/outlook-de-windows1252.csv"
xdotool key Return
sleep 2
expect_dialog "^Import contacts$"
write contact-import
xdotool key Escape
sleep 0.5
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
shot ctrl+5 devices Devices
# "How replies arrive" for a phone: polling or the webhooks Smsdesk registered. A row is
# picked where one lies whether or not an alert banner pushes the page down (rows start at
# y=70 without one, y=109 with one), and the dialog is opened from the keyboard: the
# context menu, then its entry.
xdotool mousemove 300 114 click 1
sleep 0.5
xdotool key Menu
sleep 0.5
xdotool key r Return # "r" is also Remove's letter: it only highlights the first, Return opens it
sleep 1.5
expect_dialog "^Replies from Demo phone [12]$"
write pairing
xdotool key Escape
sleep 0.5
# Without a window manager nobody gives the focus back to the main window when the dialog
# closes, and the next keys would go nowhere (every later shot showed the Devices page).
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
# The demo's own dead letters (numbers its phones refuse), the first one's history open.
xdotool key ctrl+6
sleep 1.5
xdotool mousemove 400 81 click 1
shot ctrl+6 dead-letters "Dead letters"
shot ctrl+7 settings Settings
# A section of Settings is picked by its name (the list's keyboard search), wherever it sits
# in the list: first the list gets the focus with a click on its first row (General).
section() { # name
    xdotool mousemove 300 37 click 1
    sleep 0.5
    xdotool type --delay 40 "$1"
    sleep 1.5
}
# Webhooks: its secret is read from the keychain.
section Webhooks
expect_page Settings
write settings-webhooks
# Saved texts, with the first one selected.
section "Saved texts"
xdotool mousemove 480 57 click 1
sleep 1.5
expect_page Settings
write settings-saved-texts
# Anna's conversation: "/" in the empty composer lists the saved texts.
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
xdotool key ctrl+2
sleep 1
xdotool key ctrl+f
xdotool type --delay 40 "Anna"
xdotool key Return Return
sleep 1
xdotool type "/"
sleep 1.5
expect_page Conversations
write composer-saved-texts
xdotool key Escape BackSpace
sleep 0.5
# Edit contact, from the conversation's header (its button sits at the right end).
xdotool mousemove 1208 31 click 1
sleep 1.5
expect_dialog "^Edit contact$"
write contact-dialog
xdotool key Escape
# The campaign screens, filled with a campaign under way: drawn by their GUI test's "shots"
# case (QWidget::grab, offscreen), which only runs when asked. Built with the tests.
if [ -x "$build/tests/ui/tst_campaignspage" ]; then
    SMSDESK_CAMPAIGN_SHOTS=$(realpath "$out") QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_campaignspage" shots >/dev/null
    echo "wrote $out/campaign-new.png and $out/campaigns.png"
fi
# Opt-outs: a conversation after the customer's STOP, and Settings → Opt-outs with the list,
# drawn by tst_optouts' "shots" case the same way.
if [ -x "$build/tests/ui/tst_optouts" ]; then
    SMSDESK_OPTOUT_SHOTS=$(realpath "$out") QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_optouts" shots >/dev/null
    echo "wrote $out/conversation-opted-out.png and $out/settings-opt-outs.png"
fi
# Search: the message hits under the conversations, one opened at its message; the export
# dialog. Drawn by tst_messagesearch's "shots" case.
if [ -x "$build/tests/ui/tst_messagesearch" ]; then
    SMSDESK_SEARCH_SHOTS=$(realpath "$out") QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_messagesearch" shots >/dev/null
    echo "wrote $out/conversation-search.png and $out/export-messages.png"
fi
# Settings → Outgoing webhooks with two endpoints, and the delivery log of one (a refused
# post, then a delivered one), drawn by tst_webhookendpoints' "shots" case.
if [ -x "$build/tests/ui/tst_webhookendpoints" ]; then
    SMSDESK_WEBHOOK_SHOTS=$(realpath "$out") QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_webhookendpoints" shots >/dev/null
    echo "wrote $out/settings-outgoing-webhooks.png and $out/settings-outgoing-webhooks-log.png"
fi
# Settings → Intake reading a Redis stream, a RabbitMQ queue and an SQS queue, the intake lines,
# and the Redis and SQS dialogs after Test: tst_intakesettings' "shots" case, against the
# redis-server, rabbitmq-server and ElasticMQ it starts itself.
if [ -x "$build/tests/ui/tst_intakesettings" ]; then
    SMSDESK_INTAKE_SHOTS=$(realpath "$out") QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_intakesettings" shots >/dev/null
    echo "wrote $out/settings-intake.png, $out/dashboard-intake.png, $out/intake-dialog-redis.png and $out/intake-dialog-sqs.png"
fi
