// Puppeteer must not download its own browser: CI and this machine use Debian's Chromium (/usr/bin/chromium).
module.exports = { skipDownload: true };
