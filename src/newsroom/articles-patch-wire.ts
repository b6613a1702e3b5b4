import type { ArticleSpec } from './article-spec.ts';

// Original prose written for the Threatbrief sample newsroom. Vendors, products and agencies are real; the
// CVE identifiers, fixed versions, researchers and companies quoted are fictional. IOCs use documentation
// IP ranges (RFC 5737) and reserved .example domains (RFC 2606), and are defanged.

/** Patch Wire's stories (Atom 1.0 with summaries only, so the pipeline must fetch the pages). */
export const PATCH_WIRE_ARTICLES: readonly ArticleSpec[] = [
  {
    slug: 'fortinet-fortios-cve-2026-21001-exploited',
    title: 'Fortinet patches actively exploited FortiOS SSL-VPN flaw CVE-2026-21001; CISA adds it to KEV',
    summary:
      'Fortinet has released FortiOS updates for a critical heap-based buffer overflow in the SSL-VPN daemon that attackers are already exploiting, and CISA has ordered federal agencies to patch within a week.',
    author: 'Owen Castellano',
    ageMinutes: 365,
    tags: ['vulnerability', 'fortinet', 'fortios', 'cve-2026-21001', 'kev', 'zero-day'],
    body: `Fortinet has released emergency updates for FortiOS to fix a critical vulnerability in its SSL-VPN feature that is being exploited in the wild to take over firewalls without authentication.

The flaw, tracked as CVE-2026-21001, is a heap-based buffer overflow in the sslvpnd daemon. It carries a CVSS v3.1 score of 9.8 and can be triggered by a remote, unauthenticated attacker sending specially crafted HTTP requests, leading to arbitrary code execution on the device.

Fortinet said in its advisory, FG-IR-26-014, that it was "aware of instances of this vulnerability being exploited in the wild" and urged customers to upgrade immediately. Fixed releases are FortiOS 7.6.3, 7.4.9, 7.2.12 and 7.0.18. FortiProxy versions 7.4.0 through 7.4.6 are also affected and are fixed in 7.4.7. Customers who cannot upgrade right away are advised to disable SSL-VPN entirely; Fortinet noted that disabling web mode alone is not a sufficient workaround.

The Cybersecurity and Infrastructure Security Agency (CISA) added CVE-2026-21001 to its Known Exploited Vulnerabilities (KEV) catalog within hours of the disclosure. Under Binding Operational Directive 22-01, federal civilian agencies must patch or disconnect affected devices within seven days, a shorter deadline than usual that reflects the severity of the threat.

Researchers at threat intelligence firm Arclight Security said they first saw exploitation attempts against their honeypots about ten days before Fortinet's advisory, suggesting the flaw had been used as a zero-day. "We observed a small number of very targeted attempts, then a sharp increase after the patch was released and people started diffing the firmware," said Arclight researcher Tomasz Wielgosz.

The Shadowserver Foundation, which scans the internet for exposed systems, said it was tracking more than 140,000 FortiOS devices with SSL-VPN reachable from the internet, although it could not determine how many were running vulnerable versions.

Fortinet said indicators of compromise include unexpected crash logs for the sslvpnd process and unfamiliar files in the /data/lib directory. It recommended that customers who find signs of compromise treat the device as untrusted, restore the configuration from a known-good backup and rotate all credentials stored on the firewall.

FortiOS SSL-VPN vulnerabilities have long been a favourite entry point for state-sponsored groups and ransomware gangs. Earlier flaws such as CVE-2018-13379 and CVE-2024-21762 were exploited widely after disclosure, and both remain in the KEV catalog.`,
  },
  {
    slug: 'microsoft-patch-tuesday-67-flaws-two-zero-days',
    title: 'Microsoft Patch Tuesday fixes 67 flaws, including two exploited Windows zero-days',
    summary:
      "This month's Patch Tuesday addresses 67 vulnerabilities, including exploited zero-days in the Windows Common Log File System driver (CVE-2026-21310) and Windows SmartScreen (CVE-2026-21322).",
    author: 'Sofia Lindqvist',
    ageMinutes: 605,
    tags: ['patch-tuesday', 'microsoft', 'windows', 'zero-day', 'kev'],
    body: `Microsoft has released its monthly security updates, fixing 67 vulnerabilities across Windows, Office, Exchange Server and Azure, including two that the company says are already being exploited by attackers.

The first actively exploited zero-day, CVE-2026-21310, is an elevation-of-privilege bug in the Windows Common Log File System (CLFS) driver with a CVSS score of 7.8. An attacker who already has a foothold on a machine can use it to gain SYSTEM privileges. CLFS flaws have repeatedly been used by ransomware operators to escalate privileges after initial access, and Microsoft credited its own Threat Intelligence Center with discovering the attacks.

The second, CVE-2026-21322, is a Windows SmartScreen security feature bypass that allows a malicious file to avoid the "Mark of the Web" warning normally shown when users open files downloaded from the internet. Microsoft said the flaw had been exploited in phishing campaigns that deliver malicious internet shortcut files.

Both zero-days have been added to the Known Exploited Vulnerabilities catalog maintained by CISA, which gives federal agencies three weeks to install the updates.

Among the critical bugs fixed this month are CVE-2026-21347, a remote code execution flaw in Microsoft Outlook that can be triggered through the preview pane, and CVE-2026-21389, a Hyper-V vulnerability that could allow code running in a guest virtual machine to execute code on the host. Microsoft also patched CVE-2026-21355, a critical remote code execution flaw in the Windows Lightweight Directory Access Protocol (LDAP) service, which it rated as "exploitation more likely".

"The Outlook preview pane bug should be near the top of everyone's list, because the user doesn't have to open anything for it to fire," said Dustin Farrell, senior director of vulnerability research at patch management firm Copperline. "Combine that with a CLFS privilege escalation and you have a complete attack chain."

By category, the release includes 29 elevation-of-privilege vulnerabilities, 21 remote code execution flaws, eight information disclosure bugs, five denial-of-service issues and four security feature bypasses.

Other vendors also released updates. Adobe fixed critical flaws in Acrobat Reader and Illustrator, and SAP published 18 new security notes. Administrators are advised to prioritise internet-facing servers and the endpoints used for email, and to test Hyper-V updates before deploying them widely.`,
  },
  {
    slug: 'glassfrog-loader-fake-browser-updates-wordpress',
    title: 'GlassFrog loader spreads through fake browser updates on hacked WordPress sites',
    summary:
      'Researchers detailed a campaign that injects fake browser-update prompts into compromised WordPress sites to deliver a new loader, GlassFrog, which installs the Lumma infostealer or a remote access tool.',
    author: 'Sofia Lindqvist',
    ageMinutes: 845,
    tags: ['malware', 'loader', 'wordpress', 'iocs', 'lumma', 'fake-updates'],
    body: `Security researchers have uncovered a malware campaign that uses compromised WordPress websites to show visitors fake browser update prompts, tricking them into installing a new loader dubbed GlassFrog.

According to a report by Arclight Security, the attackers inject JavaScript into the websites' theme files. When a visitor arrives from a search engine, the script overlays the page with a convincing imitation of a Chrome or Edge update notice. Clicking the button downloads a ZIP archive containing a malicious JavaScript file that runs through Windows Script Host.

GlassFrog then profiles the infected machine and, depending on what it finds, fetches one of several payloads. Home users have mostly received the Lumma infostealer, while computers joined to a corporate domain have been served a remote access tool associated with initial access brokers, who sell footholds in company networks to ransomware gangs.

"The targeting logic is the interesting part," said Arclight analyst Jae-won Park. "They are deciding in real time whether a victim is worth more as a source of stolen passwords or as a way into a company network."

The researchers counted more than 1,100 infected websites, most of them running outdated plugins. The campaign has been active for at least six weeks.

Arclight published the following indicators of compromise, which have been defanged to prevent accidental clicks:

- Payload URL: hxxp://cdn-update-check[.]example/chrome/update_128.zip
- Payload URL: hxxps://browser-refresh[.]example/edge/latest.zip
- Command-and-control server: 198[.]51[.]100[.]23
- Command-and-control server: 203[.]0[.]113[.]147
- Injected script host: static-wp-assets[.]example
- Loader SHA-256: 9e3b1d7c4a2f8e6b0c5d9a1e7f3b2c8d4e6a0b9c1d7e3f5a2b8c4d6e0f1a9b3c
- Domain registration email: registrar-admin[@]mailbox-lookalike[.]example

Website owners are advised to update WordPress core, themes and plugins, look for unfamiliar administrator accounts and search theme files for obfuscated script tags. Organisations can block the listed domains and IP addresses at their network perimeter.

Staff should also be reminded that modern browsers update themselves automatically and never ask users to download an update from a website they happen to be visiting.`,
  },
  {
    slug: 'ivanti-epmm-cve-2026-22457-chained-exploitation',
    title: 'Ivanti warns of critical Endpoint Manager Mobile bugs exploited in limited attacks',
    summary:
      'Ivanti released fixes for two chained vulnerabilities in Endpoint Manager Mobile, CVE-2026-22457 and CVE-2026-22458, after a small number of customers were compromised; CISA added both to its KEV catalog.',
    author: 'Owen Castellano',
    ageMinutes: 1085,
    tags: ['vulnerability', 'ivanti', 'epmm', 'mdm', 'kev'],
    body: `Ivanti has released security updates for Endpoint Manager Mobile (EPMM), its on-premises mobile device management product, to fix two vulnerabilities that attackers have chained together to run code on unpatched servers without logging in.

The first bug, CVE-2026-22457, is an authentication bypass in the EPMM API rated 7.5 on the CVSS scale. The second, CVE-2026-22458, is a code injection flaw rated 8.8 that on its own requires authentication. Used together, they allow a remote attacker to execute arbitrary commands on the appliance.

Ivanti said it was "aware of a very limited number of customers" whose on-premises EPMM deployments had been exploited at the time of disclosure. Its cloud-hosted service, Ivanti Neurons for MDM, is not affected. The fixed versions are EPMM 12.5.0.2, 12.4.0.3 and 12.3.0.4.

The Cybersecurity and Infrastructure Security Agency added both vulnerabilities to its Known Exploited Vulnerabilities catalog and instructed federal civilian agencies to patch them within three weeks. The Dutch National Cyber Security Centre (NCSC-NL) and Germany's BSI also issued alerts.

Because mobile device management servers hold configuration data for every enrolled phone and tablet, a compromise can give attackers a view of an organisation's entire mobile fleet, including user names, phone numbers and installed apps. "An MDM server is a map of the company," said Lena Hartmann, a vulnerability researcher at Lindgrave Labs in Berlin. "If you run EPMM on premises and it is reachable from the internet, assume it has been probed and check it now."

Ivanti products have been targeted repeatedly by state-sponsored hackers over the past two years, most notably in attacks on Connect Secure VPN appliances that were attributed to China-linked espionage groups. Ivanti said it had not attributed the latest exploitation to any particular actor.

Customers are advised to install the updates, restrict access to the EPMM administrative portal and API to trusted networks, and review the appliance's logs for requests to the affected API endpoints from unfamiliar IP addresses. Ivanti has also published a detection script that searches for the web shells observed on compromised deployments.`,
  },
  {
    slug: 'chrome-v8-zero-day-cve-2026-2817',
    title: 'Google rushes out Chrome update for exploited V8 zero-day CVE-2026-2817',
    summary:
      'Google has shipped an emergency Chrome update for CVE-2026-2817, a type confusion bug in the V8 JavaScript engine reported by its Threat Analysis Group, and says an exploit exists in the wild.',
    author: 'Sofia Lindqvist',
    ageMinutes: 1570,
    tags: ['vulnerability', 'google', 'chrome', 'zero-day', 'kev'],
    body: `Google has released an emergency security update for its Chrome browser to fix a high-severity vulnerability in the V8 JavaScript and WebAssembly engine that is being exploited in attacks.

The flaw, tracked as CVE-2026-2817, is a type confusion issue that can allow a remote attacker to corrupt memory and potentially execute code by luring a victim to a specially crafted web page. Google said it was "aware that an exploit for CVE-2026-2817 exists in the wild" but, as is its practice, withheld further details until most users have updated.

The bug was reported by researchers in Google's Threat Analysis Group (TAG), which tracks government-backed hackers and commercial spyware vendors. That usually indicates the vulnerability was used in targeted surveillance operations rather than in mass exploitation.

The fix is included in Chrome 146.0.7320.88 for Windows and Mac and 146.0.7320.87 for Linux, which will roll out over the coming days and weeks. Users can check that they are protected by opening the browser's settings, selecting About Chrome and restarting once the update has downloaded. Other browsers built on Chromium, including Microsoft Edge, Brave, Opera and Vivaldi, are expected to ship their own updates shortly.

"Type confusion bugs in V8 are the bread and butter of browser exploitation, because they give attackers a reliable way to read and write memory," said independent security researcher Maya Thorsen. "When TAG is the reporter, you can usually assume a spyware vendor or a state actor was involved."

CISA added CVE-2026-2817 to its Known Exploited Vulnerabilities catalog, giving federal agencies three weeks to update.

The release also fixes two other security issues, including CVE-2026-2818, a use-after-free bug in Chrome's Mojo inter-process communication layer that was reported by an outside researcher and earned a $20,000 bug bounty.

Enterprise administrators can force the update through Chrome's management console. Google said it would continue to harden V8 through its sandbox project, which is designed to limit the damage that memory corruption bugs in the engine can cause.`,
  },
];
