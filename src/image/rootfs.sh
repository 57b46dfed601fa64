#!/usr/bin/env bash
# The operating-system part of the container image (mvn -B -Pdist,jlink,image verify):
#   rootfs.sh RUNTIME_DIR OUTPUT_DIR
# The image starts FROM scratch, so no base image is pulled from a registry: it holds the jlink
# runtime (RUNTIME_DIR, the one the self-contained release ships) at /opt/tertial/runtime, the
# shared libraries that runtime links against (found with ldd, copied from the build machine under
# the same paths), a passwd/group entry for the unprivileged user tertial (uid 65532) and writable
# /tmp and /work, and the C.UTF-8 locale. No shell, no package manager. The X11 and sound libraries are left out: the
# image runs headless and never loads libawt_xawt, libjawt, libsplashscreen or libjsound.
set -euo pipefail
runtime=$1
out=$2
if [ ! -x "$runtime/bin/java" ]; then
  echo "rootfs: ingen Java-runtime i $runtime; bygg avbilden med mvn -B -Pdist,jlink,image verify" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out/opt/tertial" "$out/etc" "$out/tmp" "$out/work" "$out/home/tertial"
cp -a "$runtime" "$out/opt/tertial/runtime"
rm -f "$out"/opt/tertial/runtime/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so

libraries=$(
  find "$out/opt/tertial/runtime" -name '*.so' -o -path '*/bin/*' -type f |
    while read -r binary; do ldd "$binary" 2>/dev/null || true; done |
    awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' |
    sort -u
)
for library in $libraries; do
  case "$library" in "$out"/*) continue ;; esac
  # The real file under the path the loader asks for (ldd names the symbolic link).
  mkdir -p "$out$(dirname "$library")"
  cp -L "$library" "$out$library"
done
# The C.UTF-8 locale (glibc 2.35+ needs its files): file names with å, ä, ö in the JVM.
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$out/usr/lib/locale"
  cp -a /usr/lib/locale/C.utf8 "$out/usr/lib/locale/"
fi
# /lib64 and /lib are links to /usr/lib* on merged-/usr systems: the loader finds both spellings.
printf 'root:x:0:0:root:/root:/sbin/nologin\ntertial:x:65532:65532:tertial:/home/tertial:/sbin/nologin\n' \
  >"$out/etc/passwd"
printf 'root:x:0:\ntertial:x:65532:\n' >"$out/etc/group"
echo "rootfs: $(echo "$libraries" | wc -l) bibliotek, $(du -sh "$out" | cut -f1)"
