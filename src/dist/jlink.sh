#!/usr/bin/env bash
# Builds the Java runtime of the self-contained release (mvn -B -Pdist,jlink package):
#   jlink.sh JDK_HOME APP_JAR OUTPUT_DIR
# The modules are the ones jdeps finds in the shaded jar, plus jdk.localedata for the Swedish
# locale data (decimal comma and sorting in MessageFormat and FreeMarker; jdeps cannot see
# Locale.forLanguageTag("sv-SE")) and jdk.charsets for Windows code pages in CSV files. The JDK
# must have its jmods/ folder, or (Java 24+) be built with --enable-linkable-runtime.
set -euo pipefail
jdk=$1
jar=$2
out=$3
# The list is the last line; split-package warnings (xml-apis beside java.xml) come before it.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar" 2>/dev/null |
  tail -n 1)
modules="$modules,jdk.localedata,jdk.charsets"
echo "jlink: moduler $modules"
major=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 |
  sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
compress=--compress=2
if [ "${major:-17}" -ge 21 ]; then compress=--compress=zip-6; fi
rm -rf "$out"
"$jdk/bin/jlink" \
  --add-modules "$modules" \
  --include-locales=sv,en \
  --strip-debug --no-man-pages --no-header-files "$compress" \
  --generate-cds-archive \
  --output "$out"
