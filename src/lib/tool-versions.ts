/**
 * How `npm run verify` asks a tool for its version, one command per tool, shared by the verified
 * examples and the claim checks. The key is the name recorded in content/examples/verified-versions.json
 * and shown on the page.
 */
export const bash = { bash: "bash --version | awk 'NR==1{print $4}'" };
export const dash = { dash: "dpkg-query -W -f='${Version}' dash" };
export const coreutils = { coreutils: "ls --version | awk 'NR==1{print $NF}'" };
export const rsync = { rsync: "rsync --version | awk 'NR==1{print $3}'" };
export const ncOpenbsd = { 'netcat-openbsd': "dpkg-query -W -f='${Version}' netcat-openbsd" };
export const ncTraditional = { 'netcat-traditional': "dpkg-query -W -f='${Version}' netcat-traditional" };
export const openssh = { OpenSSH: 'ssh -V 2>&1 | cut -d, -f1' };
export const openssl = { OpenSSL: "openssl version | awk '{print $2}'" };
export const curl = { curl: "curl --version | awk 'NR==1{print $2}'" };
export const python = { Python: "python3 -c 'import platform; print(platform.python_version())'" };
export const nginx = { nginx: "nginx -v 2>&1 | sed 's|.*/||'" };
export const zookeeper = { ZooKeeper: "dpkg-query -W -f='${Version}' zookeeper" };
export const sfdisk = { 'util-linux (sfdisk)': "sfdisk --version | awk '{print $NF}'" };
export const fdisk = { 'util-linux (fdisk)': "fdisk --version | awk '{print $NF}'" };
export const gdisk = { gdisk: "sgdisk --version | awk 'NR==1{print $NF}'" };
export const parted = { parted: "parted --version | awk 'NR==1{print $NF}'" };
export const kernel = { 'Linux kernel': 'uname -r' };
