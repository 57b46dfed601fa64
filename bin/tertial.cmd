@echo off
rem tertial launcher for Windows (cmd.exe and PowerShell). Two layouts, as bin/tertial:
rem  - installed (release archive): lib\tertial-<version>.jar beside bin; needs only Java 17+
rem    (or the runtime folder of the self-contained variant), never Maven;
rem  - checkout: builds target\tertial-<version>-all.jar with Maven when it is missing or older
rem    than src\main, templates or pom.xml, then runs it.
rem Java: runtime\ next to bin\, else %JAVA_HOME%, else java on PATH. Extra JVM flags go in
rem JAVA_OPTS. TERTIAL_CDS=0 turns the start-up archive off.
setlocal
rem tertial writes UTF-8; switch the console to it so å, ä and ö show.
chcp 65001 >nul
for %%D in ("%~dp0..") do set "HERE=%%~fD"

set "INSTALLED="
set "JAR="
for %%F in ("%HERE%\lib\tertial-*.jar") do set "JAR=%%~fF"
if defined JAR (
  set "INSTALLED=1"
  goto java
)
set "BUILD="
for %%F in ("%HERE%\target\tertial-*-all.jar") do set "JAR=%%~fF"
if not defined JAR set "BUILD=1"
if not defined BUILD (
  for /f %%F in ('powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File -LiteralPath '%HERE%\src\main','%HERE%\templates','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count"') do (
    if not "%%F"=="0" set "BUILD=1"
  )
)
if defined BUILD (
  echo tertial: bygger programmet ^(forsta gangen eller efter andrad kallkod eller mall^)... 1>&2
  call mvn -B -q -f "%HERE%\pom.xml" -DskipTests -Dspotless.check.skip=true package 1>&2
  if errorlevel 1 (
    echo tertial: bygget misslyckades; kor "mvn -B package" i %HERE% for detaljer. 1>&2
    exit /b 3
  )
  for %%F in ("%HERE%\target\tertial-*-all.jar") do set "JAR=%%~fF"
)

:java
set "JHOME="
if exist "%HERE%\runtime\bin\java.exe" (
  set "JHOME=%HERE%\runtime"
) else if defined JAVA_HOME (
  if exist "%JAVA_HOME%\bin\java.exe" set "JHOME=%JAVA_HOME%"
)
if not defined JHOME (
  for %%J in (java.exe) do if not "%%~$PATH:J"=="" for %%D in ("%%~dp$PATH:J..") do set "JHOME=%%~fD"
)
if not defined JHOME (
  echo tertial: hittar ingen Java. Installera Java 17 eller senare, eller ange JAVA_HOME. 1>&2
  exit /b 3
)
set "JAVA=%JHOME%\bin\java.exe"
rem JAVA_VERSION="17.0.15" in the runtime's release file (missing behind Oracle's javapath
rem shortcut: then the archive is named without version and AppCDS is used).
set "JVER="
set "JMAJOR=0"
if exist "%JHOME%\release" (
  for /f "tokens=2 delims==" %%V in ('findstr /b /c:"JAVA_VERSION=" "%JHOME%\release"') do set "JVER=%%~V"
)
if defined JVER for /f "delims=." %%M in ("%JVER%") do set "JMAJOR=%%M"
if not defined JVER set "JVER=java"

rem Every command but render --watch stops at the C1 compiler; batch also gets a chosen heap and
rem collector, single commands one C1 thread and the serial collector (see bin/tertial).
set "JIT=-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn64m"
set "WATCH="
for %%A in (%*) do if /i "%%~A"=="--watch" set "WATCH=1"
if /i "%~1"=="batch" set "JIT=-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -Xmx768m -XX:+UseParallelGC"
if defined WATCH set "JIT=-Dfile.encoding=UTF-8"

rem Start-up archive (AppCDS on Java 17-24, AOT cache on 25+): next to the jar (lib, or target in
rem a checkout) when that folder is writable, else in %LOCALAPPDATA%\tertial\cache, so a read-only
rem installation never fails for it; its name carries the jar's name (with tertial's version) and
rem the Java version.
if defined INSTALLED (
  set "CACHE=%HERE%\lib"
) else (
  set "CACHE=%HERE%\target"
)
copy /y nul "%CACHE%\.tertial-probe" >nul 2>&1 && del "%CACHE%\.tertial-probe" >nul 2>&1 || set "CACHE=%LOCALAPPDATA%\tertial\cache"
set "QUIET=-XX:+IgnoreUnrecognizedVMOptions -Xlog:cds=off -Xlog:cds+dynamic=off"
for %%F in ("%JAR%") do set "JARNAME=%%~nF"
if %JMAJOR% GEQ 25 (
  set "ARCHIVE=%CACHE%\%JARNAME%-java%JVER%.aot"
  set "QUIET=-XX:+IgnoreUnrecognizedVMOptions -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off"
) else (
  set "ARCHIVE=%CACHE%\%JARNAME%-java%JVER%.jsa"
)
rem A rebuilt jar gets a new archive.
if defined BUILD if exist "%ARCHIVE%" del /f "%ARCHIVE%"
if "%TERTIAL_CDS%"=="0" goto plain
if exist "%ARCHIVE%" goto shared
if /i not "%~1"=="render" goto plain
if defined WATCH goto plain
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%" goto plain
rem Recorded only where the archive can be written (Java 17 ends with a VM error otherwise).
copy /y nul "%ARCHIVE%.tmp" >nul 2>&1 || goto plain
del /f "%ARCHIVE%.tmp" >nul 2>&1
if %JMAJOR% GEQ 25 goto recordaot
"%JAVA%" %QUIET% %JIT% -XX:ArchiveClassesAtExit="%ARCHIVE%.tmp" %JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
goto recorded

:recordaot
rem Java 25 prints "AOTConfiguration recorded" on stdout; this one run's output is filtered.
"%JAVA%" %QUIET% %JIT% -XX:AOTMode=record -XX:AOTConfiguration="%ARCHIVE%.conf" %JAVA_OPTS% -jar "%JAR%" %* > "%ARCHIVE%.out"
set "STATUS=%ERRORLEVEL%"
findstr /v /c:"AOTConfiguration recorded" "%ARCHIVE%.out"
del /f "%ARCHIVE%.out" >nul 2>&1
if "%STATUS%"=="0" "%JAVA%" %QUIET% -XX:AOTMode=create -XX:AOTConfiguration="%ARCHIVE%.conf" -XX:AOTCache="%ARCHIVE%.tmp" %JAVA_OPTS% -jar "%JAR%" >nul 2>&1
del /f "%ARCHIVE%.conf" >nul 2>&1

:recorded
if "%STATUS%"=="0" (
  if exist "%ARCHIVE%.tmp" move /y "%ARCHIVE%.tmp" "%ARCHIVE%" >nul
) else (
  if exist "%ARCHIVE%.tmp" del /f "%ARCHIVE%.tmp"
)
exit /b %STATUS%

:shared
set "USE=-XX:SharedArchiveFile=%ARCHIVE%"
if %JMAJOR% GEQ 25 set "USE=-XX:AOTCache=%ARCHIVE%"
"%JAVA%" %QUIET% %JIT% %USE% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%JAVA%" %JIT% %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
