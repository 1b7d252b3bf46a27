// API sentences for one area, in Bahasa Indonesia and English; messages.ts merges them in.
// The SMS door: the answers a text message gets. Short (an SMS is 160 letters; a long one is
// joined from parts that each cost), keywords in capitals as the person has to type them.
import type { Section } from "./section.ts";

export const smsMessages: Section = {
  id: {
    "sms.title": "Suara",
    "sms.help":
      "Kirim LAPOR <kecamatan> <isi> untuk mengadu, ASPIRASI <kecamatan> <isi> untuk usul, INFO <kecamatan> <isi> untuk bertanya. CEK <kode> <PIN> untuk melihat kabar. STOP untuk berhenti menerima SMS.",
    "sms.unknown": "Pesan tidak dikenali.",
    "sms.askStory": "Tulis juga isinya, misalnya: {keyword} {district} jalan rusak di depan pasar.",
    "sms.askDistrict": "Kecamatan mana? Balas dengan nomornya: {list}. Atau balas dengan nama kecamatan.",
    "sms.receiptPrivacy":
      "Laporan ini RAHASIA: hanya petugas yang membacanya. Agar tampil di daftar publik, balas PUBLIK <kode> <PIN>, atau ANONIM <kode> <PIN> tanpa nama.",
    "sms.receiptCheck": "Lihat kabar: CEK <kode> <PIN>.",
    "sms.notFiled": "Laporan belum terkirim: {problem}.",
    "sms.check": "{code}: {status}.",
    "sms.checkAgency": "Ditangani {agency}.",
    "sms.checkDue": "Batas waktu: {date}.",
    "sms.needCodeAndPin": "Kirim kode dan PIN dari SMS tanda terima, misalnya: {keyword} <kode> <PIN>.",
    "sms.notFound": "Kode atau PIN tidak cocok. Periksa SMS tanda terima Anda.",
    "sms.privacyChanged": "Privasi laporan {code} sekarang: {privacy}.",
    "sms.privacyLater": "Tampil untuk umum setelah petugas memeriksanya.",
    "sms.privacyUnchanged": "Privasi laporan {code} sudah: {privacy}.",
    "sms.stopped": "Anda tidak akan menerima SMS lagi dari Suara. Kirim MULAI untuk menerima lagi.",
    "sms.started": "Anda akan menerima kabar laporan lagi lewat SMS. Kirim STOP untuk berhenti.",
  },
  en: {
    "sms.title": "Suara",
    "sms.help":
      "Send REPORT <kecamatan> <text> to complain, ASPIRATION <kecamatan> <text> to suggest, INFO <kecamatan> <text> to ask. CHECK <code> <PIN> for news. STOP to stop these messages.",
    "sms.unknown": "Message not understood.",
    "sms.askStory": "Write what it is about too, for example: {keyword} {district} broken road in front of the market.",
    "sms.askDistrict": "Which kecamatan? Reply with its number: {list}. Or reply with the kecamatan's name.",
    "sms.receiptPrivacy":
      "This complaint is CONFIDENTIAL: only staff read it. To show it on the public list, reply PUBLIC <code> <PIN>, or ANONYMOUS <code> <PIN> without your name.",
    "sms.receiptCheck": "For news: CHECK <code> <PIN>.",
    "sms.notFiled": "Complaint not sent: {problem}.",
    "sms.check": "{code}: {status}.",
    "sms.checkAgency": "Handled by {agency}.",
    "sms.checkDue": "Due: {date}.",
    "sms.needCodeAndPin": "Send the code and PIN from your receipt SMS, for example: {keyword} <code> <PIN>.",
    "sms.notFound": "The code or PIN does not match. Check your receipt SMS.",
    "sms.privacyChanged": "Complaint {code} is now: {privacy}.",
    "sms.privacyLater": "The public sees it once staff have checked it.",
    "sms.privacyUnchanged": "Complaint {code} is already: {privacy}.",
    "sms.stopped": "You will get no more SMS from Suara. Send START to get them again.",
    "sms.started": "You will get news of your complaints by SMS again. Send STOP to stop.",
  },
};
