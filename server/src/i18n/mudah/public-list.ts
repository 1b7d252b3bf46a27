// Easy-read for the public list (/laporan): how long a complaint has waited is already said
// plainly; the filter's errors say what to choose instead.
import type { EasySection } from "./section.ts";

export const publicListEasy: EasySection = {
  mudah: {
    "status.invalid_choice": "Pilih salah satu status dari daftar",
  },
  plain: ["deadline.waiting", "deadline.waiting.today", "deadline.filedAgo", "deadline.filedAgo.today"],
};
