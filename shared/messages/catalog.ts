// Every message users read, in Bahasa Indonesia (default) and English. `{name}` is a parameter.
// Problems name their place separately (tab, row, column); these texts say what is wrong and what to do.

export const CATALOG = {
  // places
  'tempat.tab': { id: 'Tab {tab}', en: 'Tab {tab}' },
  'tempat.baris': { id: 'baris {row}', en: 'row {row}' },
  'tempat.kolom': { id: 'kolom {column}', en: 'column {column}' },

  // cells and tabs
  'tab.tidakAda': {
    id: 'Tab ini tidak ada. Jalankan menu Kinerja > Siapkan tab.',
    en: 'This tab is missing. Run Kinerja > Set up tabs.',
  },
  'kolom.tidakAda': {
    id: 'Kolom wajib ini tidak ada. Tambahkan kolom dengan judul persis seperti ini, atau jalankan Siapkan tab.',
    en: 'This required column is missing. Add a column with exactly this header, or run Set up tabs.',
  },
  'kolom.ganda': {
    id: 'Judul kolom ini muncul lebih dari sekali. Hapus atau ganti nama salah satunya.',
    en: 'This column header appears more than once. Delete or rename one of them.',
  },
  'sel.wajib': { id: 'Wajib diisi.', en: 'Required.' },
  'baris.ganda': {
    id: 'Data {kunci} sudah ada di baris {baris}. Hapus salah satu baris atau ubah kodenya.',
    en: '{kunci} already appears in row {baris}. Delete one of the rows or change its code.',
  },
  'angka.bukanAngka': {
    id: '"{nilai}" bukan angka. Isi dengan angka, misalnya 1.234,5.',
    en: '"{nilai}" is not a number. Enter a number, e.g. 1,234.5.',
  },
  'angka.tidakValid': {
    id: '"{nilai}" bukan angka yang sah. Tulis seperti {contoh}.',
    en: '"{nilai}" is not a valid number. Write it like {contoh}.',
  },
  'angka.ambigu': {
    id: '"{nilai}" ditulis dengan pemisah yang berbeda dari pengaturan kantor dan bisa dibaca dua cara. Tulis seperti {contoh} (titik untuk ribuan, koma untuk desimal).',
    en: '"{nilai}" uses separators other than the office setting and could be read two ways. Write it like {contoh}.',
  },
  'angka.diLuarBatas': {
    id: '"{nilai}" di luar batas kolom ini ({min} sampai {max}). Periksa angkanya.',
    en: '"{nilai}" is outside this column\'s limits ({min} to {max}). Check the number.',
  },
  'angka.bukanBulat': { id: '"{nilai}" harus bilangan bulat.', en: '"{nilai}" must be a whole number.' },
  'tanggal.tidakValid': {
    id: '"{nilai}" bukan tanggal yang sah. Tulis seperti 5 April 2026 atau 05/04/2026.',
    en: '"{nilai}" is not a valid date. Write it like 5 April 2026 or 05/04/2026.',
  },
  'waktu.tidakValid': {
    id: '"{nilai}" bukan waktu yang sah. Tulis seperti 2026-04-05 07:45.',
    en: '"{nilai}" is not a valid time. Write it like 2026-04-05 07:45.',
  },
  'durasi.tidakValid': {
    id: '"{nilai}" bukan durasi yang sah. Tulis seperti 60 menit, 1 hari atau 3 bulan.',
    en: '"{nilai}" is not a valid duration. Write it like 60 menit, 1 hari or 3 bulan.',
  },
  'email.tidakValid': {
    id: '"{nilai}" bukan alamat email yang sah.',
    en: '"{nilai}" is not a valid email address.',
  },
  'url.tidakValid': {
    id: '"{nilai}" bukan tautan. Tempel tautan lengkap yang diawali https://, atau (mode lokal) unggah berkasnya dengan kinerja bukti.',
    en: '"{nilai}" is not a link. Paste a full link starting with https://, or (local mode) file it with kinerja bukti.',
  },
  'pilihan.tidakValid': {
    id: '"{nilai}" tidak termasuk pilihan. Pilih salah satu: {pilihan}.',
    en: '"{nilai}" is not one of the choices. Choose one of: {pilihan}.',
  },

  // NIP and the org tree
  'nip.angka': {
    id: 'NIP {nilai} tersimpan sebagai angka sehingga digitnya bisa berubah. Format kolom sebagai teks (Format > Angka > Teks biasa) lalu ketik ulang NIP.',
    en: 'NIP {nilai} is stored as a number, which can change its digits. Format the column as plain text and type the NIP again.',
  },
  'nip.bentuk': {
    id: 'NIP "{nilai}" harus 18 digit angka.',
    en: 'NIP "{nilai}" must be 18 digits.',
  },
  'nip.tanggalLahir': {
    id: 'NIP "{nilai}": 8 digit pertama bukan tanggal lahir yang masuk akal (TTTTBBHH).',
    en: 'NIP "{nilai}": the first 8 digits are not a plausible birth date (YYYYMMDD).',
  },
  'nip.pengangkatan': {
    id: 'NIP "{nilai}": digit 9-14 bukan tahun dan bulan pengangkatan yang masuk akal (TTTTBB).',
    en: 'NIP "{nilai}": digits 9-14 are not a plausible year and month of appointment (YYYYMM).',
  },
  'nip.jenisKelamin': {
    id: 'NIP "{nilai}": digit ke-15 harus 1 atau 2.',
    en: 'NIP "{nilai}": digit 15 must be 1 or 2.',
  },
  'org.atasanTidakDikenal': {
    id: 'NIP Atasan {nip} tidak ada di tab Pegawai. Tambahkan atasan tersebut atau perbaiki NIP-nya.',
    en: 'Superior NIP {nip} is not in the Pegawai tab. Add that superior or correct the NIP.',
  },
  'org.siklus': {
    id: 'Rantai atasan berputar kembali ke pegawai ini ({rantai}). Perbaiki NIP Atasan.',
    en: 'The chain of superiors loops back to this employee ({rantai}). Correct the superior NIP.',
  },
  'org.pimpinanGanda': {
    id: 'Lebih dari satu pegawai tanpa NIP Atasan ({daftar}). Hanya pimpinan instansi yang boleh kosong.',
    en: 'More than one employee has no superior ({daftar}). Only the head of the office may be blank.',
  },
  'org.tanpaPimpinan': {
    id: 'Tidak ada pimpinan instansi (pegawai tanpa NIP Atasan).',
    en: 'There is no head of office (an employee with no superior NIP).',
  },
  'org.emailGanda': {
    id: 'Email {email} sudah dipakai di baris {baris}. Setiap pegawai perlu email sendiri.',
    en: 'Email {email} is already used in row {baris}. Each employee needs their own email.',
  },
  'org.atasanDiriSendiri': {
    id: 'Pegawai tidak boleh menjadi atasannya sendiri.',
    en: 'An employee cannot be their own superior.',
  },
  'org.penjabatTidakDikenal': {
    id: 'NIP Plt/Plh {nip} tidak ada di tab Pegawai.',
    en: 'Acting official NIP {nip} is not in the Pegawai tab.',
  },
  'org.jenisPenjabat': {
    id: 'Isi Jenis Plt/Plh (Plt atau Plh) bila NIP Plt/Plh diisi.',
    en: 'Fill in Jenis Plt/Plh (Plt or Plh) when an acting NIP is given.',
  },
  'org.tanpaPengelola': {
    id: 'Belum ada pegawai dengan Peran "Pengelola Kinerja".',
    en: 'No employee has the role "Pengelola Kinerja".',
  },

  // settings
  'pengaturan.tidakDikenal': {
    id: 'Kunci "{kunci}" tidak dikenal dan diabaikan. Kunci yang dikenal: {daftar}.',
    en: 'Key "{kunci}" is unknown and ignored. Known keys: {daftar}.',
  },
  'pengaturan.nilai': {
    id: 'Nilai "{nilai}" untuk {kunci} tidak sah: {harapan}.',
    en: 'Value "{nilai}" for {kunci} is not valid: {harapan}.',
  },

  // cross-tab consistency
  'iki.pegawaiTidakDikenal': {
    id: 'NIP {nip} tidak ada di tab Pegawai.',
    en: 'NIP {nip} is not in the Pegawai tab.',
  },
  'iki.targetNegatif': {
    id: 'Target negatif tidak bermakna untuk polaritas {polaritas}: capaian dihitung dari nol ke atas, sehingga hasil yang lebih baik justru memberi capaian lebih kecil. Rumuskan indikatornya sebagai besaran positif (misalnya penurunan sebagai Negatif dengan target positif).',
    en: 'A negative target makes no sense for polarity {polaritas}: capaian is counted from zero up, so a better result would give a lower capaian. State the indicator as a positive quantity (e.g. a decrease as Negatif with a positive target).',
  },
  'iki.rentangTanpaAtas': {
    id: 'Polaritas Rentang memerlukan Target Atas yang tidak lebih kecil dari Target.',
    en: 'Polarity Rentang needs a Target Atas not below Target.',
  },
  // measurement patterns and qualitative targets (issue 16)
  'iki.periodeUkur': {
    id: 'Periode Ukur "{nilai}" tidak dikenal. Kosongkan (setiap triwulan), atau isi Semester, Tahunan, Tahun Berikutnya, atau triwulan yang diukur, misalnya TW II, TW IV.',
    en: 'Periode Ukur "{nilai}" is not understood. Leave it blank (every quarter) or write Semester, Tahunan, Tahun Berikutnya, or the quarters measured, e.g. TW II, TW IV.',
  },
  'iki.rilisTanpaPenerbit': {
    id: 'Indikator {kode} berpola Rilis: isi Penerbit (badan yang merilis nilainya, misalnya BPK RI).',
    en: 'Indicator {kode} has pattern Rilis: fill in Penerbit (the body that releases its value, e.g. BPK RI).',
  },
  'iki.agregasiKosong': {
    id: 'Agregasi kosong dan Pola Ukur juga kosong: isi salah satunya (Agregasi Kumulatif, Nilai Akhir, Jumlah atau Rata-rata; atau Pola Ukur Hitungan, Posisi atau Rilis, maka Agregasi mengikutinya).',
    en: 'Agregasi and Pola Ukur are both empty: fill in one of them (Agregasi Kumulatif, Nilai Akhir, Jumlah or Rata-rata; or Pola Ukur Hitungan, Posisi or Rilis, and Agregasi follows from it).',
  },
  'iki.polaAgregasi': {
    id: 'Indikator {kode}: Pola Ukur {pola} tidak cocok dengan Agregasi {agregasi}. Hitungan memakai Agregasi Jumlah; Posisi dan Rilis memakai Kumulatif, Nilai Akhir atau Rata-rata.',
    en: 'Indicator {kode}: Pola Ukur {pola} does not fit Agregasi {agregasi}. Hitungan uses Jumlah; Posisi and Rilis use Kumulatif, Nilai Akhir or Rata-rata.',
  },
  'iki.skalaPola': {
    id: 'Indikator {kode} bersatuan skala {skala}: Polaritas harus Positif, Agregasi Nilai Akhir atau Kumulatif, Pola Ukur bukan Hitungan, dan Target Atas kosong.',
    en: 'Indicator {kode} is on the scale {skala}: Polaritas must be Positif, Agregasi Nilai Akhir or Kumulatif, Pola Ukur not Hitungan, and Target Atas empty.',
  },
  'nilai.hurufTanpaSkala': {
    id: 'Nilai "{nilai}" bukan angka. Nilai huruf hanya untuk indikator yang Satuan-nya nama skala di Pengaturan (Skala Nilai: {daftar}); Satuan indikator {kode} adalah "{satuan}".',
    en: 'Value "{nilai}" is not a number. Grades are only for indicators whose Satuan names a scale in Pengaturan (Skala Nilai: {daftar}); indicator {kode} has Satuan "{satuan}".',
  },
  'nilai.bukanSkala': {
    id: 'Nilai "{nilai}" tidak ada pada skala {skala}. Isi salah satu dari: {pilihan}.',
    en: 'Value "{nilai}" is not on the scale {skala}. Use one of: {pilihan}.',
  },
  'porsi.kurang': {
    id: 'Indikator {kode} ({nama}) target {target}, porsi bawahan baru {jumlah} (kurang {selisih}): {rincian}.',
    en: "Warning: indicator {kode} ({nama}) has target {target}, the subordinates' portions add up to {jumlah} only ({selisih} short): {rincian}.",
  },
  'porsi.lebih': {
    id: 'Indikator {kode} ({nama}) target {target}, porsi bawahan {jumlah} (lebih {selisih}): {rincian}.',
    en: "Warning: indicator {kode} ({nama}) has target {target}, the subordinates' portions add up to {jumlah} ({selisih} over): {rincian}.",
  },
  'porsi.pemikulGanda': {
    id: 'Indikator {kode} ({nama}) berpola {pola} dipikul utuh oleh satu bawahan per cabang, tetapi diturunkan ke {rincian}. Bawahan lain mendukung melalui indikator proses masing-masing.',
    en: 'Indicator {kode} ({nama}) has pattern {pola} and is carried whole by one subordinate per branch, but cascades to {rincian}. Others support it through their own process indicators.',
  },
  'iki.kodeAtasanTidakDikenal': {
    id: 'Kode Indikator Atasan "{kode}" bukan indikator atasan langsung ({atasan}){penjabat}. Isi dengan Kode salah satu indikator atasan: {daftar}.',
    en: 'Kode Indikator Atasan "{kode}" is not an indicator of the direct superior ({atasan}){penjabat}. Use the code of one of the superior\'s indicators: {daftar}.',
  },
  'iki.kodeAtasanWajib': {
    id: 'Cascading wajib (Pengaturan): isi Kode Indikator Atasan dengan indikator atasan yang didukung indikator ini ({daftar}).',
    en: "Cascading is required (Pengaturan): fill in Kode Indikator Atasan with the superior's indicator this one supports ({daftar}).",
  },
  'iki.atasanTanpaIndikator': {
    id: 'Kode Indikator Atasan "{kode}" diisi, tetapi atasan langsung ({atasan}) belum memiliki IKI. Isi IKI atasan terlebih dahulu.',
    en: 'Kode Indikator Atasan "{kode}" is given, but the direct superior ({atasan}) has no IKI yet. Fill in the superior\'s IKI first.',
  },
  'peringatan.pimpinanTanpaIki': {
    id: 'Pimpinan instansi {nama} ({nip}) belum memiliki IKI: IKU instansi kosong dan rekap tidak dapat menampilkan kinerja instansi. Isi IKI pimpinan di tab IKI.',
    en: "The head of office {nama} ({nip}) has no IKI: the office IKU is empty and recaps cannot show the office's performance. Fill in the head's IKI in the IKI tab.",
  },
  'peringatan.ikuTanpaDukungan': {
    id: 'IKU {kode} ({indikator}) belum didukung indikator bawahan mana pun (tidak ada Kode Indikator Atasan = {kode}).',
    en: "IKU {kode} ({indikator}) is not supported by any subordinate's indicator (no Kode Indikator Atasan = {kode}).",
  },
  'peringatan.liburTahunLain': {
    id: 'Hari Libur di Pengaturan tidak memuat satu pun tanggal tahun {tahun}: perbarui daftarnya (libur nasional dan cuti bersama tahun {tahun}), agar waktu kerja SOP dihitung benar.',
    en: 'Hari Libur in Pengaturan has no date in {tahun}: update the list (national holidays and cuti bersama of {tahun}) so SOP working time is counted right.',
  },
  'peringatan.kepalaDaerahKosong': {
    id: 'Nama Kepala Daerah dan Jabatan Kepala Daerah belum diisi di Pengaturan: PIHAK KEDUA Perjanjian Kinerja pimpinan instansi kosong.',
    en: "Nama Kepala Daerah and Jabatan Kepala Daerah are not set in Pengaturan: the head of office's PK has no PIHAK KEDUA.",
  },
  'ra.indikatorTidakDikenal': {
    id: 'Indikator {kode} milik NIP {nip} tidak ada di tab IKI.',
    en: 'Indicator {kode} of NIP {nip} is not in the IKI tab.',
  },
  'ra.targetKosong': {
    id: 'Target TW {tw} untuk indikator {kode} belum diisi.',
    en: 'The TW {tw} target of indicator {kode} is empty.',
  },
  'ra.kumulatifAkhir': {
    id: 'Peringatan, indikator {kode} (Kumulatif): realisasi Kumulatif dihitung sampai akhir tahun, jadi Target TW IV ({tw4}) biasanya sama dengan target tahunan ({tahunan}). Periksa targetnya, atau jelaskan di Alasan Penyimpangan.',
    en: 'Warning, indicator {kode} (cumulative): a cumulative realisation runs to the end of the year, so the TW IV target ({tw4}) usually equals the annual target ({tahunan}). Check the targets, or explain in Alasan Penyimpangan.',
  },
  'ra.kumulatifTurun': {
    id: 'Peringatan, indikator {kode} (Kumulatif): target Kumulatif adalah total sejak awal tahun, jadi biasanya tidak turun dari triwulan ke triwulan. Periksa targetnya, atau jelaskan di Alasan Penyimpangan.',
    en: 'Warning, indicator {kode} (cumulative): a cumulative target is the total since the start of the year, so it usually does not decrease between quarters. Check the targets, or explain in Alasan Penyimpangan.',
  },
  'ra.jumlahTidakSama': {
    id: 'Peringatan, indikator {kode} (Jumlah): realisasi tahunan adalah jumlah keempat triwulan, jadi jumlah target TW I-IV ({jumlah}) biasanya sama dengan target tahunan ({tahunan}). Periksa targetnya, atau jelaskan di Alasan Penyimpangan.',
    en: 'Warning, indicator {kode} (sum): the annual realisation is the sum of the four quarters, so the TW I-IV targets (sum {jumlah}) usually add up to the annual target ({tahunan}). Check the targets, or explain in Alasan Penyimpangan.',
  },
  'ra.nilaiAkhirBeda': {
    id: 'Peringatan, indikator {kode} (Nilai Akhir): capaian tahunan diukur dari nilai TW IV, jadi Target TW IV ({tw4}) biasanya sama dengan target tahunan ({tahunan}). Periksa targetnya, atau jelaskan di Alasan Penyimpangan.',
    en: 'Warning, indicator {kode} (final value): the annual capaian is measured on the TW IV value, so the TW IV target ({tw4}) usually equals the annual target ({tahunan}). Check the targets, or explain in Alasan Penyimpangan.',
  },
  'ra.rataRataBeda': {
    id: 'Peringatan, indikator {kode} (Rata-rata): realisasi tahunan adalah rata-rata keempat triwulan, jadi rata-rata target TW I-IV ({rata}) biasanya sama dengan target tahunan ({tahunan}). Periksa targetnya, atau jelaskan di Alasan Penyimpangan.',
    en: 'Warning, indicator {kode} (average): the annual realisation is the mean of the four quarters, so the mean of the TW I-IV targets ({rata}) usually equals the annual target ({tahunan}). Check the targets, or explain in Alasan Penyimpangan.',
  },
  'ra.targetGanda': {
    id: 'Indikator {kode} ({agregasi}) punya beberapa rencana aksi; hanya satu baris yang boleh berisi target triwulan (baris {baris} sudah berisi target). Kosongkan target di baris ini, atau pindahkan ke baris {baris}.',
    en: 'Indicator {kode} ({agregasi}) has several actions; only one row may carry the quarterly targets (row {baris} already does). Clear the targets on this row, or move them to row {baris}.',
  },
  'ra.tanpaBaris': {
    id: 'Indikator {kode} belum punya baris di tab Rencana Aksi.',
    en: 'Indicator {kode} has no row in the Rencana Aksi tab.',
  },
  'ukur.indikatorTidakDikenal': {
    id: 'Indikator {kode} milik NIP {nip} tidak ada di tab IKI.',
    en: 'Indicator {kode} of NIP {nip} is not in the IKI tab.',
  },
  'ukur.realisasiKosong': {
    id: 'Realisasi TW {tw} indikator {kode} belum diisi.',
    en: 'The TW {tw} realisation of indicator {kode} is empty.',
  },
  'ukur.buktiKosong': {
    id: 'Bukti Pendukung TW {tw} indikator {kode} belum diisi. Tempel tautan dokumen bukti.',
    en: 'The TW {tw} evidence of indicator {kode} is empty. Paste a link to the evidence.',
  },
  'iki.kosong': {
    id: 'Belum ada IKI untuk NIP {nip}. Isi tab IKI terlebih dahulu.',
    en: 'There is no IKI for NIP {nip}. Fill in the IKI tab first.',
  },

  // workflow
  'alur.aksiTidakBerlaku': {
    id: 'Aksi "{aksi}" tidak berlaku untuk {dokumen} yang berstatus {status}.',
    en: 'Action "{aksi}" does not apply to {dokumen} in state {status}.',
  },
  'alur.bukanPeran': {
    id: 'Anda tidak berwenang: aksi "{aksi}" atas {dokumen} milik {pemilik} hanya dapat dilakukan oleh {peran}.',
    en: 'Not allowed: action "{aksi}" on {dokumen} of {pemilik} can only be done by {peran}.',
  },
  'alur.milikSendiri': {
    id: 'Anda tidak dapat menyetujui atau menilai dokumen Anda sendiri.',
    en: 'You cannot approve or evaluate your own documents.',
  },
  'alur.catatanWajib': {
    id: 'Aksi "{aksi}" memerlukan catatan. Tuliskan alasannya.',
    en: 'Action "{aksi}" needs a note. Write the reason.',
  },
  'alur.prasyarat': {
    id: '{dokumen} belum dapat diproses: {syarat}.',
    en: '{dokumen} cannot be processed yet: {syarat}.',
  },
  'alur.bukanPeriodePengukuran': {
    id: '{dokumen} tidak diukur: Periode Pengukuran kantor ini Semester (Pengaturan), sehingga realisasi dilaporkan pada TW II (Semester I, Januari-Juni) dan TW IV (Semester II, Juli-Desember).',
    en: "{dokumen} is not measured: this office's Periode Pengukuran is Semester (Pengaturan), so realisation is reported in TW II (Semester I, January-June) and TW IV (Semester II, July-December).",
  },
  'rekap.bukanPeriodePengukuran': {
    id: 'Rekap {periode} tidak ada: Periode Pengukuran kantor ini Semester (Pengaturan). Pilih TW2 (Semester I), TW4 (Semester II) atau TAHUNAN.',
    en: "There is no {periode} recap: this office's Periode Pengukuran is Semester (Pengaturan). Choose TW2 (Semester I), TW4 (Semester II) or TAHUNAN.",
  },
  'bukti.bukanPemilik': {
    id: 'Bukti pendukung indikator {nama} hanya dapat diunggah oleh yang bersangkutan.',
    en: 'Evidence for the indicators of {nama} can only be uploaded by that person.',
  },
  'bukti.indikatorTidakDikenal': {
    id: 'Indikator {kode} tidak ada di IKI Anda. Indikator Anda: {daftar}.',
    en: 'Indicator {kode} is not in your IKI. Your indicators: {daftar}.',
  },
  'bukti.tidakDiukur': {
    id: 'Indikator {kode} tidak diukur pada TW {tw} (Periode Ukur / Periode Pengukuran): tidak ada bukti untuk triwulan ini.',
    en: 'Indicator {kode} is not measured in TW {tw} (Periode Ukur / Periode Pengukuran): there is no evidence for this quarter.',
  },
  'bukti.permintaan': {
    id: 'Permintaan unggah tidak lengkap: pilih berkas bukti untuk satu indikator dan triwulan.',
    en: 'The upload request is incomplete: choose an evidence file for one indicator and quarter.',
  },
  'bukti.terlaluBesar': {
    id: 'Berkas bukti lebih dari {batas} MB. Perkecil berkasnya, atau simpan di Drive dan tempel tautannya di kolom Bukti Pendukung.',
    en: 'The evidence file is larger than {batas} MB. Make it smaller, or store it on Drive and paste its link into Bukti Pendukung.',
  },
  'bukti.tanpaFolder': {
    id: 'Folder bukti kantor belum diatur: Pengelola Kinerja mengisi Pengaturan Folder Bukti dengan tautan folder Drive yang dibagikan ke pegawai (Editor).',
    en: "The office's evidence folder is not set: the Pengelola Kinerja fills Pengaturan Folder Bukti with the link of a Drive folder shared with the employees (Editor).",
  },
  'bukti.folderTidakDapatDibuka': {
    id: 'Folder Bukti (Pengaturan) tidak dapat dibuka atau ditulisi dengan akun Anda: minta Pengelola Kinerja membagikannya kepada Anda sebagai Editor. ({sebab})',
    en: 'The Folder Bukti (Pengaturan) cannot be opened or written with your account: ask the Pengelola Kinerja to share it with you as Editor. ({sebab})',
  },
  'bukti.tersimpan': {
    id: 'Bukti {kode} TW {tw} tersimpan di Drive ({nama}); tautannya diisikan ke Bukti Pendukung.',
    en: 'Evidence for {kode} TW {tw} stored on Drive ({nama}); its link is in Bukti Pendukung.',
  },
  'pengaturan.catatan.folderBukti': {
    id: 'Folder Drive untuk berkas bukti yang diunggah dari panel (satu subfolder per tahun, pegawai dan triwulan); bagikan ke pegawai sebagai Editor. Contoh: https://drive.google.com/drive/folders/1AbC...',
    en: 'Drive folder for evidence files uploaded from the sidebar (a subfolder per year, employee and quarter); share it with the employees as Editor. Example: https://drive.google.com/drive/folders/1AbC...',
  },
  'sidebar.unggahBukti': { id: 'Unggah bukti', en: 'Upload evidence' },
  'sidebar.mengunggah': { id: 'Mengunggah…', en: 'Uploading…' },
  'bukti.raBelumDiarsipkan': {
    id: 'Bukti pendukung diunggah setelah Rencana Aksi diarsipkan.',
    en: 'Evidence is uploaded once the action plan is archived.',
  },
  'bukti.sudahDilaporkan': {
    id: 'TW {tw} sudah dilaporkan (status {status}): buktinya tidak dapat diganti. Minta atasan mengembalikannya bila perlu diperbaiki.',
    en: 'TW {tw} has been reported (status {status}): its evidence cannot be replaced. Ask your superior to return it if it needs a correction.',
  },
  'alur.versiBerubah': {
    id: 'Isi dokumen telah berubah sejak Anda membukanya. Periksa versi terbaru sebelum menyetujui.',
    en: 'The document changed since you opened it. Review the new version before approving.',
  },
  'alur.datanyaSalah': {
    id: 'Perbaiki dulu {jumlah} kesalahan pada data Anda sebelum mengajukan.',
    en: 'Fix the {jumlah} problems in your data before submitting.',
  },
  'alur.berubahSetelahTtd': {
    id: '{dokumen} berubah setelah ditandatangani. Kembalikan ke pegawai untuk ditandatangani ulang sebelum diarsipkan.',
    en: '{dokumen} changed after it was signed. Return it to be signed again before archiving.',
  },
  'identitas.kosong': {
    id: 'Google tidak memberikan alamat email Anda untuk tindakan ini. Buka spreadsheet dengan akun kantor Anda dan izinkan add-on (menu Kinerja > Buka panel), lalu coba lagi.',
    en: 'Google did not provide your email address for this action. Open the spreadsheet with your office account and authorise the add-on, then try again.',
  },
  'identitas.ambigu': {
    id: 'Email {email} tercatat pada lebih dari satu baris Pegawai, sehingga tidak jelas siapa Anda. Perbaiki tab Pegawai (satu email untuk satu pegawai) sebelum bertindak.',
    en: 'Email {email} is on more than one Pegawai row, so it is unclear who you are. Fix the Pegawai tab (one email per employee) before acting.',
  },
  'alur.identitasAmbigu': {
    id: '{dokumen} tidak dapat diproses: identitas salah satu pihak tidak dapat dipastikan. Perbaiki tab Pegawai seperti disebut di bawah.',
    en: '{dokumen} cannot be processed: the identity of one of the parties is ambiguous. Fix the Pegawai tab as shown below.',
  },
  'alur.integritas': {
    id: '{dokumen} diblokir karena data alur diubah di luar panel Kinerja. Kembalikan sel yang disebut di bawah sesuai Riwayat, atau pulihkan dari Riwayat versi (File > Histori versi).',
    en: '{dokumen} is blocked because workflow data was edited outside the Kinerja panel. Put the cells named below back as Riwayat says, or restore them from version history (File > Version history).',
  },
  // integrity of the log (Riwayat) and of its mirror
  'integritas.rantaiPutus': {
    id: 'Riwayat diubah di luar alur: entri ini tidak cocok dengan rantai hash (diubah, disisipkan, dipindah, atau entri sebelumnya dihapus). Semua tindakan diblokir; pulihkan tab Riwayat dari Histori versi (File > Histori versi).',
    en: 'Riwayat was edited outside the workflow: this entry does not match the hash chain (edited, inserted, moved, or an earlier entry deleted). Every action is blocked; restore the Riwayat tab from version history.',
  },
  'integritas.riwayatTakTerbaca': {
    id: '{jumlah} baris Riwayat tidak terbaca (isi sel diubah). Pulihkan tab Riwayat dari Histori versi.',
    en: '{jumlah} Riwayat rows cannot be read (cells were edited). Restore the Riwayat tab from version history.',
  },
  'integritas.tanpaJangkar': {
    id: 'Riwayat berisi entri berantai tetapi jangkar rantainya tidak ditemukan (log dibuat atau disalin di luar add-on ini). Isinya tidak dapat dipastikan utuh.',
    en: 'Riwayat holds chained entries but the chain anchor is missing (the log was made or copied outside this add-on). Its content cannot be shown to be intact.',
  },
  'integritas.riwayatTerhapus': {
    id: 'Riwayat diubah di luar alur: tercatat {tercatat} entri, kini hanya {ada}. Entri dihapus; pulihkan tab Riwayat dari Histori versi.',
    en: 'Riwayat was edited outside the workflow: {tercatat} entries were recorded, only {ada} remain. Restore the Riwayat tab from version history.',
  },
  'integritas.jangkarBeda': {
    id: 'Riwayat diubah di luar alur: entri terakhir yang tercatat tidak cocok dengan jangkar rantai. Pulihkan tab Riwayat dari Histori versi.',
    en: 'Riwayat was edited outside the workflow: the last recorded entry does not match the chain anchor. Restore the Riwayat tab from version history.',
  },
  'integritas.belumTerjangkar': {
    id: 'Entri Riwayat ini ditambahkan di luar panel Kinerja (tidak tercatat pada jangkar rantai). Hapus baris ini; setiap tindakan harus dilakukan melalui panel.',
    en: 'This Riwayat entry was added outside the Kinerja panel (it is not covered by the chain anchor). Delete this row; every action must go through the panel.',
  },
  'integritas.cerminBerbeda': {
    id: '{kolom} diubah di luar alur: log menyatakan {log}, sel berisi {sel}. Kembalikan isi sel menjadi {log}.',
    en: '{kolom} was changed outside the workflow: the log says {log}, the cell holds {sel}. Put {log} back into the cell.',
  },
  'integritas.barisPkHilang': {
    id: 'Baris PK untuk NIP {nip} hilang, padahal Riwayat mencatat aksinya. Baris akan ditulis ulang dari Riwayat pada aksi berikutnya.',
    en: 'The PK row of NIP {nip} is missing although Riwayat records its actions. It will be written again from Riwayat at the next action.',
  },
  'integritas.identitasBerubah': {
    id: 'Email {email} bertindak sebagai NIP {nipBaru}, padahal pada baris {baris} email yang sama bertindak sebagai NIP {nip}. Penanda tangan tidak dapat dipastikan; periksa tab Pegawai.',
    en: 'Email {email} acted as NIP {nipBaru}, although in row {baris} the same email acted as NIP {nip}. The signer cannot be established; check the Pegawai tab.',
  },
  'integritas.entriTidakSah': {
    id: 'Entri Riwayat ini ({aksi} {dokumen}) tidak mungkin terjadi dari status {status}: entri ditulis di luar alur.',
    en: 'This Riwayat entry ({aksi} {dokumen}) cannot happen from state {status}: it was written outside the workflow.',
  },
  'integritas.pelakuTidakSah': {
    id: 'Entri Riwayat ini ({aksi} {dokumen}) dicatat oleh pihak yang tidak berwenang ({peran}): entri ditulis di luar alur.',
    en: 'This Riwayat entry ({aksi} {dokumen}) is recorded for a party without the right to it ({peran}): it was written outside the workflow.',
  },
  'integritas.berubahSetelahTtd': {
    id: '{dokumen} milik {nama} berubah setelah ditandatangani (isi tidak lagi sama dengan yang tercatat di Riwayat). Kembalikan isinya, atau ajukan perubahan PK melalui Pengelola Kinerja.',
    en: '{dokumen} of {nama} changed after it was signed (its content no longer matches what Riwayat recorded). Put the content back, or ask the administrator for a PK revision.',
  },
  'integritas.ukurBerubah': {
    id: 'Pengukuran TW {tw} berubah setelah {tahap}: angka ini tidak dipercaya sampai dikembalikan dan dilaporkan ulang.',
    en: 'Measurement TW {tw} changed after it was {tahap}: this figure is not trusted until it is returned and reported again.',
  },
  'status.dilaporkan': { id: 'dilaporkan', en: 'reported' },
  'status.dievaluasi': { id: 'dievaluasi', en: 'evaluated' },
  'status.ditindaklanjuti': { id: 'ditindaklanjuti', en: 'followed up' },
  'identitas.tidakDikenal': {
    id: 'Email {email} tidak terdaftar di tab Pegawai. Minta Pengelola Kinerja menambahkan email Anda.',
    en: 'Email {email} is not in the Pegawai tab. Ask the performance administrator to add it.',
  },
  'kunci.sibuk': {
    id: 'Spreadsheet sedang dipakai oleh tindakan lain. Coba lagi sebentar lagi.',
    en: 'The spreadsheet is busy with another action. Try again in a moment.',
  },
  'syarat.tanpaAtasan': {
    id: 'pimpinan instansi tidak memiliki atasan di instansi ini',
    en: 'the head of office has no superior in this office',
  },
  'syarat.kepalaDaerahKosong': {
    id: 'Nama Kepala Daerah dan Jabatan Kepala Daerah diisi di Pengaturan',
    en: 'Nama Kepala Daerah and Jabatan Kepala Daerah are set in Pengaturan',
  },
  'ttd.tanggalWajib': {
    id: 'Isi tanggal penandatanganan oleh Kepala Daerah, misalnya 5 Februari 2026.',
    en: 'Give the date the regional head signed, e.g. 5 Februari 2026.',
  },
  'ttd.tanggalTidakMasuk': {
    id: 'Tanggal penandatanganan {tanggal} tidak masuk akal (di masa depan atau jauh sebelum tahun kinerja).',
    en: 'The signing date {tanggal} is not plausible (in the future or long before the performance year).',
  },
  'ttd.tautanWajib': {
    id: 'Tempel tautan pindaian PK yang ditandatangani Kepala Daerah (diawali https://).',
    en: 'Paste the link to the scan of the PK signed by the regional head (starting with https://).',
  },
  'syarat.pkDitandatangani': { id: 'PK belum ditandatangani', en: 'the PK is not signed yet' },
  'syarat.raDiarsipkan': { id: 'Rencana Aksi belum diarsipkan', en: 'the action plan is not archived yet' },
  'syarat.pegawaiTidakDikenal': { id: 'pegawai tidak terdaftar', en: 'the employee is not registered' },

  // roles and actions
  'peran.pegawai': { id: 'pegawai pemilik dokumen', en: 'the employee who owns the document' },
  'peran.atasan': {
    id: 'atasan langsung (atau Plt/Plh-nya)',
    en: 'the direct superior (or their acting official)',
  },
  'peran.pengelola': { id: 'Pengelola Kinerja', en: 'the performance administrator' },
  'aksi.ajukan': { id: 'ajukan', en: 'submit' },
  'aksi.setujui': { id: 'setujui', en: 'approve' },
  'aksi.kembalikan': { id: 'kembalikan', en: 'return' },
  'aksi.evaluasi': { id: 'evaluasi', en: 'evaluate' },
  'aksi.tindaklanjut': { id: 'tindak lanjut', en: 'follow up' },
  'aksi.arsipkan': { id: 'arsipkan', en: 'archive' },
  'aksi.ttdkepaladaerah': {
    id: 'catat tanda tangan Kepala Daerah',
    en: "record the regional head's signature",
  },
  'aksi.perubahan': { id: 'buka perubahan', en: 'open a revision' },
  'perubahan.targetTerukur': {
    id: 'Target {tw} indikator {kode} sudah diukur dan dilaporkan sebelum perubahan dengan target {lama}; sekarang {baru}. Perubahan hanya berlaku untuk triwulan yang belum diukur: kembalikan target {tw} menjadi {lama}.',
    en: 'The {tw} target of indicator {kode} was already measured and reported before the revision with target {lama}; it is now {baru}. A revision applies only to quarters not measured yet: set the {tw} target back to {lama}.',
  },
  'perubahan.indikatorTerukur': {
    id: 'Indikator {kode} sudah diukur pada {tw} sebelum perubahan dan tidak dapat dihapus dari IKI. Kembalikan barisnya; ubah targetnya untuk triwulan yang belum diukur.',
    en: 'Indicator {kode} was already measured in {tw} before the revision and cannot be removed from IKI. Restore its row; change its targets for the quarters not measured yet.',
  },
  'judul.pk': { id: 'Perjanjian Kinerja', en: 'Performance Agreement' },
  'judul.pkPerubahan': { id: 'Perjanjian Kinerja Perubahan', en: 'Revised Performance Agreement' },
  'judul.ra': { id: 'Rencana Aksi', en: 'Action Plan' },
  'judul.raPerubahan': { id: 'Rencana Aksi Perubahan', en: 'Revised Action Plan' },
  'verifikasi.kodeTidakSah': {
    id: '“{kode}” bukan kode verifikasi: kode terdiri dari 16 angka dan huruf A-F, seperti A1B2-C3D4-E5F6-A7B8 (lihat bagian bawah dokumen yang ditandatangani).',
    en: '“{kode}” is not a verification code: a code has 16 digits and letters A-F, like A1B2-C3D4-E5F6-A7B8 (see the foot of the signed document).',
  },
  'verifikasi.tidakDitemukan': {
    id: 'Kode {kode} tidak ada di Riwayat tahun {tahun} workbook ini: dokumen dengan kode ini tidak ditandatangani melalui Kinerja pada workbook ini. Periksa tahun dan workbook kantornya, atau anggap dokumen itu tidak sah.',
    en: 'Code {kode} is not in the {tahun} log of this workbook: no document with this code was signed through Kinerja in this workbook. Check the year and the office’s workbook, or treat the document as not genuine.',
  },
  'verifikasi.ditemukan': {
    id: 'Kode {kode}: {dokumen} {tahun} milik {nama} (NIP {nip}), versi {versi}, ditandatangani {oleh} pada {tanggal}.',
    en: 'Code {kode}: {dokumen} {tahun} of {nama} (NIP {nip}), version {versi}, signed by {oleh} on {tanggal}.',
  },
  'verifikasi.alasan': {
    id: 'Versi {versi} dibuat karena perubahan: {alasan}',
    en: 'Version {versi} was made by a revision: {alasan}',
  },
  'verifikasi.digantikan': {
    id: 'Versi {versi}, digantikan oleh versi {baru} pada tanggal {tanggal}.',
    en: 'Version {versi}, replaced by version {baru} on {tanggal}.',
  },
  'verifikasi.perubahanTerbuka': {
    id: 'Perubahan dibuka pada {tanggal} ({alasan}); versi {baru} belum ditandatangani, jadi versi {versi} masih yang terakhir ditandatangani.',
    en: 'A revision was opened on {tanggal} ({alasan}); version {baru} is not signed yet, so version {versi} is still the last one signed.',
  },
  'verifikasi.berlaku': {
    id: 'Versi {versi} adalah versi yang berlaku.',
    en: 'Version {versi} is the version in force.',
  },
  'aksi.rekap': { id: 'kompilasi rekap', en: 'compile recap' },

  // local files (CLI)
  'berkas.tidakAda': {
    id: 'Berkas {path} tidak ditemukan. Periksa nama dan foldernya, atau buat dengan: kinerja init {path}',
    en: 'File {path} not found. Check its name and folder, or create it with: kinerja init {path}',
  },
  'berkas.bukanXlsx': {
    id: 'Berkas {path} bukan spreadsheet .xlsx yang dapat dibaca. Simpan ulang sebagai Excel Workbook (.xlsx).',
    en: 'File {path} is not a readable .xlsx spreadsheet. Save it again as an Excel Workbook (.xlsx).',
  },
  'berkas.tidakDapatDitulis': {
    id: 'Berkas {path} tidak dapat ditulis ({sebab}). Tutup berkas di aplikasi lain dan periksa izin tulisnya; berkas tidak diubah.',
    en: 'File {path} cannot be written ({sebab}). Close it in other programs and check write permission; the file is unchanged.',
  },
  'berkas.hanyaBaca': {
    id: 'Berkas {path} hanya-baca. Izinkan penulisan (mis. chmod u+w) lalu ulangi; berkas tidak diubah.',
    en: 'File {path} is read-only. Allow writing (e.g. chmod u+w) and try again; the file is unchanged.',
  },
  'berkas.terkunci': {
    id: 'Berkas {path} sedang dipakai oleh perintah kinerja lain dan tidak terlepas dalam {detik} detik. Coba lagi sebentar lagi; berkas tidak diubah.',
    en: 'File {path} is in use by another kinerja command and was not released within {detik} seconds. Try again shortly; the file is unchanged.',
  },
  'berkas.tabTidakAda': {
    id: 'Tab {tab} tidak ada di {path}. Jalankan: kinerja init {path} (menambahkan tab yang kurang tanpa mengubah data), lalu ulangi; berkas tidak diubah.',
    en: 'Tab {tab} is missing from {path}. Run: kinerja init {path} (adds missing tabs without touching data), then try again; the file is unchanged.',
  },
  'berkas.outBukanFolder': {
    id: '--out {path} adalah berkas, bukan folder. Sebutkan folder tujuan dokumen (akan dibuat bila belum ada).',
    en: '--out {path} is a file, not a folder. Give the folder for the documents (it is created when missing).',
  },
  'xlsx.rumusBersama': {
    id: 'Tab {tab}, sel {sel}: sel ini memegang rumus yang disalin ke sel-sel lain, padahal Kinerja harus menulis nilainya. Ganti rumus di kolom itu dengan nilai (salin, tempel sebagai nilai), lalu ulangi; berkas tidak diubah.',
    en: 'Tab {tab}, cell {sel}: this cell holds a formula filled into other cells, but Kinerja must write its value. Replace the formulas in that column with values (copy, paste as values) and try again; the file is unchanged.',
  },
  'xlsx.selGabung': {
    id: 'Tab {tab}, baris {row}, kolom {column}: sel digabung (merge) di baris data. Pisahkan sel ({ref}) lalu ulangi; berkas tidak diubah.',
    en: 'Tab {tab}, row {row}, column {column}: merged cells in a data row. Unmerge the cells ({ref}) and try again; the file is unchanged.',
  },
  'berkas.sudahAda': {
    id: 'Berkas {path} sudah ada. Tab yang kurang ditambahkan tanpa mengubah data yang ada.',
    en: 'File {path} already exists. Missing tabs and columns are added without touching existing data.',
  },

  // the command line (kinerja)
  'cli.deskripsi': {
    id: 'Kinerja Sheets: siklus SAKIP (IKI, PK, Rencana Aksi, pengukuran, rekap) pada spreadsheet .xlsx lokal.',
    en: 'Kinerja Sheets: the SAKIP cycle (IKI, PK, action plan, measurement, recap) on a local .xlsx spreadsheet.',
  },
  'cli.preview': {
    id: 'menyajikan panel Kinerja di peramban untuk spreadsheet lokal, dengan pemilih pengguna',
    en: 'serve the Kinerja panel in a browser for a local spreadsheet, with a user switcher',
  },
  'cli.previewPengguna': { id: 'Pratinjau lokal — pengguna:', en: 'Local preview — user:' },
  'cli.opsi.port': { id: 'nomor port (bawaan 8080)', en: 'port number (default 8080)' },
  'cli.previewSiap': {
    id: 'Panel Kinerja tersedia di {url} (hentikan dengan Ctrl+C). Perubahan disimpan ke {path}.',
    en: 'The Kinerja panel is at {url} (stop with Ctrl+C). Changes are saved to {path}.',
  },
  'cli.document': {
    id: 'membuat dokumen PK atau Rencana Aksi seorang pegawai (.docx)',
    en: "write an employee's PK or action plan document (.docx)",
  },
  'cli.opsi.kind': { id: 'jenis dokumen: PK atau RA', en: 'document kind: PK or RA' },
  'cli.dokumenDitulis': {
    id: 'Dokumen {dokumen} ditulis: {path} (kode verifikasi {kode})',
    en: 'Document {dokumen} written: {path} (verification code {kode})',
  },
  'cli.bantuan': { id: 'tampilkan bantuan', en: 'display help' },
  'cli.bantuanPerintah': { id: 'tampilkan bantuan untuk perintah', en: 'display help for a command' },
  'cli.opsi.bahasa': { id: 'bahasa pesan: id atau en', en: 'language of messages: id or en' },
  'cli.init': {
    id: 'membuat atau melengkapi tab-tab Kinerja pada berkas .xlsx',
    en: 'create or upgrade the Kinerja tabs of an .xlsx file',
  },
  'cli.verify': {
    id: 'memeriksa kode verifikasi PK atau Rencana Aksi yang ditandatangani: milik siapa, versi berapa, masih berlaku atau digantikan',
    en: 'check the verification code of a signed PK or action plan: whose, which version, in force or replaced',
  },
  'cli.arg.kode': { id: 'kode', en: 'code' },
  'cli.arg.kodeDesc': {
    id: 'kode verifikasi dari bagian bawah dokumen, mis. A1B2-C3D4-E5F6-A7B8',
    en: 'the verification code at the foot of the document, e.g. A1B2-C3D4-E5F6-A7B8',
  },
  'cli.validate': {
    id: 'memeriksa seluruh data dan menampilkan setiap kesalahan',
    en: 'check all data and list every problem',
  },
  'cli.act': {
    id: 'menjalankan satu aksi alur kerja sebagai pengguna tertentu',
    en: 'run one workflow action as a given user',
  },
  'cli.act.aksi': {
    id: 'ajukan, setujui, kembalikan, evaluasi, tindaklanjut, arsipkan, ttdkepaladaerah (Pengelola Kinerja mencatat tanda tangan Kepala Daerah pada PK pimpinan, dengan --date dan --scan) atau perubahan (Pengelola Kinerja membuka perubahan PK atau RA yang telah diarsipkan, dengan --doc dan alasannya di --catatan)',
    en: "submit, approve, return, evaluate, follow-up, archive, record-regional-signature (the Pengelola Kinerja records the regional head's signature on the head's PK, with --date and --scan) or revise (the Pengelola Kinerja opens a revision of an archived PK or RA, with --doc and the reason in --note) (Indonesian names work too)",
  },
  'cli.opsi.as': { id: 'email pengguna yang melakukan aksi', en: 'email of the user acting' },
  'cli.opsi.yes': {
    id: 'tambahkan kolom yang kurang tanpa bertanya',
    en: 'add missing columns without asking',
  },
  'cli.opsi.nip': {
    id: 'NIP pemilik dokumen (bawaan: pengguna itu sendiri)',
    en: 'NIP of the document owner (default: the user)',
  },
  'cli.opsi.doc': {
    id: 'dokumen: PK, RA, TW1, TW2, TW3 atau TW4',
    en: 'document: PK, RA, TW1, TW2, TW3 or TW4',
  },
  'cli.opsi.note': {
    id: 'catatan (wajib untuk kembalikan, evaluasi, tindaklanjut; alasan untuk perubahan); juga --catatan',
    en: 'note (required to return, evaluate, follow up; the reason of a revision); also --catatan',
  },
  'cli.opsi.date': {
    id: 'ttdkepaladaerah: tanggal Kepala Daerah menandatangani PK pimpinan, misalnya "5 Februari 2026"',
    en: 'ttdkepaladaerah: the date the regional head signed the head of office\'s PK, e.g. "5 Februari 2026"',
  },
  'cli.opsi.scan': {
    id: 'ttdkepaladaerah: tautan pindaian PK yang ditandatangani (https://...)',
    en: 'ttdkepaladaerah: link to the scan of the signed PK (https://...)',
  },
  'cli.bukti': {
    id: 'mengunggah berkas bukti pendukung satu indikator dan triwulan: disalin ke folder bukti di samping berkas .xlsx, tautannya diisikan ke Bukti Pendukung',
    en: "file one indicator's evidence for a quarter: copied into the evidence folder next to the .xlsx, its link filled into Bukti Pendukung",
  },
  'cli.arg.bukti': { id: 'berkas-bukti', en: 'evidence-file' },
  'cli.arg.buktiDesc': { id: 'berkas bukti (PDF, gambar, ...)', en: 'the evidence file (PDF, image, ...)' },
  'cli.opsi.kode': { id: 'Kode indikator, misalnya IKI-1', en: 'indicator code, e.g. IKI-1' },
  'cli.opsi.tw': { id: 'triwulan: TW1, TW2, TW3 atau TW4', en: 'quarter: TW1, TW2, TW3 or TW4' },
  'cli.triwulanTidakDikenal': {
    id: 'Triwulan "{nilai}" tidak dikenal: tulis TW1, TW2, TW3 atau TW4.',
    en: 'Quarter "{nilai}" is not known: write TW1, TW2, TW3 or TW4.',
  },
  'cli.buktiTidakAda': {
    id: 'Berkas bukti {path} tidak ditemukan atau tidak dapat dibaca.',
    en: 'Evidence file {path} not found or not readable.',
  },
  'cli.buktiTersimpan': {
    id: 'Bukti {kode} TW {tw} tersimpan; Bukti Pendukung: {tautan}',
    en: 'Evidence for {kode} TW {tw} filed; Bukti Pendukung: {tautan}',
  },
  'cli.recap': {
    id: 'menyusun dokumen rekap triwulan atau tahunan',
    en: 'compile the quarterly or annual recap document',
  },
  'cli.opsi.period': {
    id: 'periode: TW1, TW2, TW3, TW4 atau TAHUNAN',
    en: 'period: TW1, TW2, TW3, TW4 or TAHUNAN',
  },
  'cli.opsi.out': { id: 'folder tujuan dokumen', en: 'output folder for the documents' },
  'cli.opsi.pdf': {
    id: 'buat juga PDF (perlu LibreOffice; satu proses untuk semua berkas)',
    en: 'also make PDFs (needs LibreOffice; one process for all files)',
  },
  'cli.opsi.tanpaPdf': { id: 'tanpa PDF (bawaan)', en: 'no PDF (the default)' },
  'cli.opsi.json': { id: 'juga menulis model rekap sebagai JSON', en: 'also write the recap model as JSON' },
  'cli.opsi.strict': { id: 'tolak bila data belum lengkap', en: 'refuse when data is incomplete' },
  'cli.demo': {
    id: 'membangun kantor contoh dan menjalankan seluruh 14 langkah SOP selama satu tahun',
    en: 'build the demo office and run all 14 SOP steps over one year',
  },
  'cli.opsi.fresh': {
    id: 'kosongkan folder hasil demo sebelumnya',
    en: 'empty the folder of a previous demo run',
  },
  'cli.opsi.start': {
    id: 'hanya tulis kantor contoh di awal tahun (belum ada langkah), untuk mencoba status dan act',
    en: 'only write the demo office at the start of the year (no step yet), to try status and act',
  },
  'cli.demoAwal': {
    id: 'Kantor contoh di awal tahun ditulis: {path}',
    en: 'The demo office at the start of the year is written: {path}',
  },
  'cli.salahPakai': {
    id: 'Perintah tidak lengkap atau salah: {detail}',
    en: 'Incomplete or wrong command: {detail}',
  },
  'cli.aksiTidakDikenal': {
    id: 'Aksi "{aksi}" tidak dikenal. Pilih: ajukan, setujui, kembalikan, evaluasi, tindaklanjut, arsipkan, ttdkepaladaerah, perubahan.',
    en: 'Unknown action "{aksi}". Choose: submit, approve, return, evaluate, follow-up, archive, record-regional-signature, revise.',
  },
  'cli.dokumenTidakDikenal': {
    id: 'Dokumen "{dokumen}" tidak dikenal. Pilih: PK, RA, TW1, TW2, TW3, TW4.',
    en: 'Unknown document "{dokumen}". Choose: PK, RA, TW1, TW2, TW3, TW4.',
  },
  'cli.dokumenWajib': {
    id: 'Sebutkan dokumennya dengan --doc PK|RA|TW1..TW4.',
    en: 'Name the document with --doc PK|RA|TW1..TW4.',
  },
  'cli.periodeTidakDikenal': {
    id: 'Periode "{periode}" tidak dikenal. Pilih: TW1, TW2, TW3, TW4, TAHUNAN.',
    en: 'Unknown period "{periode}". Choose: TW1, TW2, TW3, TW4, TAHUNAN.',
  },
  'cli.folderBukanDemo': {
    id: 'Folder {dir} sudah berisi berkas lain. Pilih folder kosong untuk demo.',
    en: 'Folder {dir} already holds other files. Choose an empty folder for the demo.',
  },
  'cli.berhasil': {
    id: 'Berhasil: {aksi} {dokumen} milik {pemilik} ({dari} -> {ke}), langkah SOP {langkah}.',
    en: 'Done: {aksi} {dokumen} of {pemilik} ({dari} -> {ke}), SOP step {langkah}.',
  },
  'cli.berikutnya': { id: 'Pemberitahuan untuk: {daftar}', en: 'Notify: {daftar}' },
  'cli.peringatan': { id: 'Peringatan', en: 'Warning' },
  'cli.valid': {
    id: 'Tidak ada kesalahan: {pegawai} pegawai, {indikator} indikator.',
    en: 'No problems: {pegawai} employees, {indikator} indicators.',
  },
  'cli.jumlahMasalah': { id: '{jumlah} kesalahan ditemukan.', en: '{jumlah} problems found.' },
  'cli.dibuat': { id: 'Tab Kinerja siap di {path}.', en: 'Kinerja tabs ready in {path}.' },
  'cli.init.kolomBaru': {
    id: 'init akan menambahkan kolom berikut di ujung kanan tab yang sudah ada di {path} (kolom yang sudah ada, juga dengan nama lain seperti "Nama Pegawai", dipakai apa adanya; data tidak diubah atau digandakan):\n{daftar}',
    en: 'init will add these columns at the right end of existing tabs in {path} (columns already there, also under another name such as "Nama Pegawai", are used as they are; no data is changed or duplicated):\n{daftar}',
  },
  'cli.init.tanya': { id: 'Tambahkan kolom ini? [y/T] ', en: 'Add these columns? [y/N] ' },
  'cli.init.batal': {
    id: 'init dibatalkan: {path} tidak diubah. Ganti nama judul kolom yang isinya sama dengan kolom di atas, lalu jalankan lagi.',
    en: 'init cancelled: {path} was not changed. Rename a column header whose content matches a column above, then run it again.',
  },
  'cli.init.perluYes': {
    id: 'init tidak mengubah {path} tanpa persetujuan: periksa daftar kolom di atas, lalu jalankan lagi di terminal untuk menjawab, atau dengan --yes.',
    en: 'init does not change {path} without consent: check the columns listed above, then run it again in a terminal to answer, or with --yes.',
  },
  'cli.rekapDitulis': { id: 'Rekap {periode} ditulis: {path}', en: 'Recap {periode} written: {path}' },
  'cli.tanpaPdf': {
    id: 'PDF tidak dibuat karena LibreOffice tidak terpasang (pasang paket libreoffice-writer untuk PDF).',
    en: 'No PDF: LibreOffice is not installed (install libreoffice-writer for PDFs).',
  },
  'cli.status': {
    id: 'menampilkan apa yang menunggu tindakan seseorang dan apa yang ia tunggu',
    en: 'show what waits for a person and what they wait on',
  },
  'cli.opsi.asStatus': { id: 'email orang yang dilihat', en: 'email of the person to show' },
  'cli.opsi.nipDokumen': {
    id: 'NIP pemilik dokumen (bawaan: pengguna --as)',
    en: 'NIP of the document owner (default: the --as user)',
  },
  'cli.nipAtauAs': {
    id: 'Sebutkan pemilik dokumen dengan --nip, atau --as untuk dokumen Anda sendiri.',
    en: 'Name the owner of the document with --nip, or use --as to get your own.',
  },
  'cli.status.siapa': { id: '{nama} · {jabatan} · {kantor}', en: '{nama} · {jabatan} · {kantor}' },
  'cli.status.bisa': { id: '{langkah}: {perintah}', en: '{langkah}: {perintah}' },
  'cli.status.tidakBisa': {
    id: '{langkah} belum dapat: {alasan}',
    en: '{langkah} not possible yet: {alasan}',
  },
  'cli.status.menungguOrangLain': { id: 'Menunggu orang lain', en: 'Waiting on others' },
  'cli.status.terbukaSekarang': {
    id: 'Aksi yang terbuka sekarang untuk dokumen {pemilik}:',
    en: 'Actions open now on the documents of {pemilik}:',
  },
  'cli.arg.file': { id: 'berkas', en: 'file' },
  'cli.arg.fileDesc': { id: 'spreadsheet kantor (.xlsx)', en: 'the office spreadsheet (.xlsx)' },
  'cli.arg.action': { id: 'aksi', en: 'action' },
  'cli.arg.dir': { id: 'folder', en: 'dir' },
  'cli.arg.dirDesc': { id: 'folder hasil demo', en: 'folder for the demo output' },
  'cli.help.usage': { id: 'Cara pakai:', en: 'Usage:' },
  'cli.help.arguments': { id: 'Argumen:', en: 'Arguments:' },
  'cli.help.options': { id: 'Opsi:', en: 'Options:' },
  'cli.help.commands': { id: 'Perintah:', en: 'Commands:' },
  'cli.help.globalOptions': { id: 'Opsi umum:', en: 'Global options:' },
  'cli.help.default': { id: 'bawaan', en: 'default' },
  'cli.help.choices': { id: 'pilihan', en: 'choices' },
  'cli.help.opsi': { id: 'opsi', en: 'options' },
  'cli.help.perintah': { id: 'perintah', en: 'command' },
  'cli.err.opsiWajib': { id: 'opsi {nama} wajib diisi', en: 'option {nama} is required' },
  'cli.err.argumenKurang': { id: 'argumen {nama} belum diisi', en: 'argument {nama} is missing' },
  'cli.err.nilaiOpsi': { id: 'opsi {nama} perlu nilai', en: 'option {nama} needs a value' },
  'cli.err.opsiTidakDikenal': { id: 'opsi {nama} tidak dikenal', en: 'unknown option {nama}' },
  'cli.err.perintahTidakDikenal': { id: 'perintah {nama} tidak dikenal', en: 'unknown command {nama}' },
  'cli.err.argumenBerlebih': { id: 'terlalu banyak argumen', en: 'too many arguments' },
  'cli.lihatBantuan': { id: 'Lihat bantuan: kinerja --help', en: 'See the help: kinerja --help --lang en' },
  'cli.demoLangkah': { id: 'Menjalankan langkah SOP', en: 'Running SOP steps' },
  'cli.demoSelesai': { id: 'Demo selesai. Berkas yang ditulis:', en: 'Demo finished. Files written:' },

  // the recap service (HTTP)
  'http.badanTidakSah': {
    id: 'Permintaan tidak sah: {detail}.',
    en: 'Malformed request: {detail}.',
  },
  'http.galatInternal': {
    id: 'Terjadi kesalahan di layanan rekap. Coba lagi beberapa saat lagi; bila berulang, hubungi pengelola layanan.',
    en: 'The recap service failed. Try again in a moment; if it persists, contact the service operator.',
  },
  'http.terlaluBanyakKantor': {
    id: 'Terlalu banyak spreadsheet dalam satu permintaan: {jumlah} (paling banyak {maks}). Bagi menjadi beberapa permintaan.',
    en: 'Too many spreadsheets in one request: {jumlah} (at most {maks}). Split it into several requests.',
  },
  'http.tokenKosong': {
    id: 'Permintaan tidak membawa token identitas (Authorization: Bearer ...). Jalankan dari menu Kinerja di spreadsheet.',
    en: 'The request carries no identity token (Authorization: Bearer ...). Run it from the Kinerja menu of the spreadsheet.',
  },
  'http.tokenTidakSah': {
    id: 'Token identitas tidak sah ({sebab}). Muat ulang spreadsheet lalu coba lagi.',
    en: 'The identity token is not valid ({sebab}). Reload the spreadsheet and try again.',
  },
  'http.emailBelumDiverifikasi': {
    id: 'Email {email} belum diverifikasi oleh Google.',
    en: 'Email {email} is not verified by Google.',
  },
  'http.domainDitolak': {
    id: 'Akun {email} bukan dari domain yang diizinkan ({domain}).',
    en: 'Account {email} is not from an allowed domain ({domain}).',
  },
  'http.kantorTidakTerdaftar': {
    id: 'Spreadsheet {id} tidak terdaftar pada layanan rekap ini. Minta pengelola layanan menambahkannya ke daftar kantor.',
    en: 'Spreadsheet {id} is not registered with this recap service. Ask the service operator to add it.',
  },
  'http.spreadsheetTidakAda': {
    id: 'Spreadsheet {id} tidak ditemukan atau belum dibagikan ke akun layanan rekap.',
    en: 'Spreadsheet {id} was not found or is not shared with the recap service account.',
  },
  'http.dilindungi': {
    id: 'Akun layanan rekap belum menjadi editor bagian yang dilindungi (tab Rekap atau judul kolom). Isi "Email Akun Layanan" di tab Pengaturan dengan alamat akun layanan, lalu jalankan Kinerja > Siapkan tab.',
    en: 'The recap service account is not an editor of a protected range (the Rekap tab or a header row). Put its address in "Email Akun Layanan" on the Pengaturan tab, then run Kinerja > Set up tabs.',
  },
  'http.bukanDriveBersama': {
    id: 'Folder rekap bukan folder di Drive Bersama (Shared Drive): akun layanan tidak punya kuota penyimpanan sendiri. Pindahkan folder ke Drive Bersama dan jadikan akun layanan anggotanya (Content manager).',
    en: 'The recap folder is not in a Shared Drive: a service account has no storage quota of its own. Move the folder into a Shared Drive and add the service account as a member (Content manager).',
  },
  'http.dokumenTerlaluBesar': {
    id: 'Dokumen terlalu besar untuk Google Dokumen atau ekspor PDF ({sebab}).',
    en: 'The document is too large for Google Docs or for the PDF export ({sebab}).',
  },
  'http.googleGagal': {
    id: 'Layanan Google belum dapat dihubungi setelah beberapa kali mencoba ({status}). Coba lagi beberapa menit lagi; tidak ada dokumen ganda yang dibuat.',
    en: 'Google services still failed after several retries ({status}). Try again in a few minutes; no duplicate document was made.',
  },
  'http.bukanOperator': {
    id: 'Akun {email} tidak berwenang menjalankan rekap untuk semua kantor.',
    en: 'Account {email} may not run the recap for all offices.',
  },
  'http.tahunBeda': {
    id: 'Spreadsheet ini untuk tahun {tahunSheet}, bukan {tahun}. Periksa Tahun di tab Pengaturan.',
    en: 'This spreadsheet is for year {tahunSheet}, not {tahun}. Check Tahun in the Pengaturan tab.',
  },
  'http.metodeSalah': { id: 'Gunakan metode POST.', en: 'Use the POST method.' },

  // the add-on
  'addon.menu.panel': { id: 'Buka panel', en: 'Open the panel' },
  'addon.menu.siapkan': { id: 'Siapkan / perbarui tab', en: 'Set up / upgrade tabs' },
  'addon.menu.periksa': { id: 'Periksa data', en: 'Validate data' },
  'addon.menu.rekap': { id: 'Kompilasi rekap', en: 'Compile recap' },
  'addon.menu.pengingat': { id: 'Aktifkan pengingat harian', en: 'Turn on the daily reminder' },
  'addon.menu.bantuan': { id: 'Bantuan', en: 'Help' },
  'addon.siap': {
    id: 'Tab Kinerja siap. Dibuat: {dibuat}. Kolom ditambahkan: {kolom}. Data yang ada tidak diubah.',
    en: 'Kinerja tabs ready. Created: {dibuat}. Columns added: {kolom}. Existing data was not changed.',
  },
  'addon.siapkan.judul': { id: 'Tambah kolom?', en: 'Add columns?' },
  'addon.siapkan.konfirmasi': {
    id: 'Siapkan tab akan menambahkan kolom berikut di ujung kanan tab yang sudah ada. Kolom yang sudah ada (juga dengan nama lain, misalnya "Nama Pegawai" untuk Nama) dipakai apa adanya; data tidak diubah atau digandakan.\n\n{daftar}\n\nTambahkan kolom ini?',
    en: 'Set up will add these columns at the right end of existing tabs. Columns already there (also under another name, e.g. "Nama Pegawai" for Nama) are used as they are; no data is changed or duplicated.\n\n{daftar}\n\nAdd these columns?',
  },
  'addon.siapkan.batal': {
    id: 'Siapkan tab dibatalkan: tidak ada yang diubah. Ganti nama judul kolom yang sudah ada bila isinya sama dengan kolom yang akan ditambahkan, lalu jalankan lagi.',
    en: 'Set up cancelled: nothing was changed. Rename an existing column header whose content matches a column to be added, then run it again.',
  },
  'addon.siapDilindungi': {
    id: 'Siapkan tab hanya dapat dijalankan oleh pemilik spreadsheet atau Pengelola Kinerja: bagian yang dilindungi tidak dapat Anda ubah.',
    en: 'Set up tabs can only be run by the spreadsheet owner or a Pengelola Kinerja: you cannot change the protected ranges.',
  },
  'addon.valid': { id: 'Tidak ada kesalahan pada data.', en: 'No problems in the data.' },
  'addon.masalah': { id: '{jumlah} kesalahan ditemukan:', en: '{jumlah} problems found:' },
  'addon.bantuan': {
    id: 'Kinerja Sheets menjalankan SOP Pengumpulan Data Kinerja: isi tab Pegawai, IKI, Rencana Aksi dan Pengukuran, lalu gunakan panel Kinerja untuk mengajukan, menyetujui, mengevaluasi, mengarsipkan dan mengompilasi rekap. Setiap tindakan tercatat di tab Riwayat.',
    en: 'Kinerja Sheets runs the SOP for collecting performance data: fill in the Pegawai, IKI, Rencana Aksi and Pengukuran tabs, then use the Kinerja panel to submit, approve, evaluate, archive and compile recaps. Every action is logged in the Riwayat tab.',
  },
  'addon.rekapTanpaUrl': {
    id: 'URL Layanan Rekap belum diisi di tab Pengaturan.',
    en: 'The recap service URL is not set in the Pengaturan tab.',
  },
  'addon.rekapGagal': {
    id: 'Layanan rekap menjawab {status}: {pesan}',
    en: 'The recap service answered {status}: {pesan}',
  },
  'addon.emailGagal': {
    id: 'Email pemberitahuan ke {kepada} tidak terkirim ({sebab}); tindakan tetap tercatat.',
    en: 'Notification email to {kepada} was not sent ({sebab}); the action is still recorded.',
  },
  'addon.pengingatAktif': {
    id: 'Pengingat harian aktif (setiap hari pukul 07.00).',
    en: 'Daily reminder on (every day at 07:00).',
  },
  'addon.pengingatNonaktif': {
    id: 'Pengingat harian tidak aktif: isi Pengingat Harian = Ya di tab Pengaturan.',
    en: 'Daily reminder off: set Pengingat Harian = Ya in the Pengaturan tab.',
  },

  // the sidebar
  'sidebar.perluTindakan': { id: 'Perlu tindakan Anda', en: 'Needs your action' },
  'sidebar.dokumenSaya': { id: 'Dokumen saya', en: 'My documents' },
  'sidebar.bawahan': {
    id: 'Dokumen bawahan yang sudah ditandatangani',
    en: "Subordinates' signed documents",
  },
  'sidebar.rekap': { id: 'Kompilasi rekap', en: 'Compile recap' },
  'sidebar.periode': { id: 'Periode', en: 'Period' },
  'sidebar.rekapKurang': {
    id: 'Rekap {periode} belum lengkap: {jumlah} hal belum terpenuhi. Lengkapi dulu, atau tetap kompilasi dengan kekurangan ini.',
    en: 'The {periode} recap is incomplete: {jumlah} items are missing. Complete them first, or compile anyway with these gaps.',
  },
  'sidebar.rekapTetap': { id: 'Tetap kompilasi', en: 'Compile anyway' },
  'sidebar.batal': { id: 'Batal', en: 'Cancel' },
  'sidebar.danLainnya': { id: '… dan {jumlah} lainnya.', en: '… and {jumlah} more.' },
  'sidebar.terlambatLainnya': {
    id: 'dan {jumlah} langkah terlambat lain dalam 30 hari terakhir (lihat tab Riwayat, kolom Melebihi Standar).',
    en: 'and {jumlah} more late steps in the last 30 days (see the Riwayat tab, column Melebihi Standar).',
  },
  'sidebar.masalahUmum': { id: 'Masalah data', en: 'Data problems' },
  'sidebar.peringatan': { id: 'Peringatan (tidak menghalangi)', en: 'Warnings (not blocking)' },
  'sidebar.kosong': { id: 'Tidak ada.', en: 'Nothing.' },
  'sidebar.berubah': { id: 'Berubah setelah ditandatangani', en: 'Changed after signing' },
  'sidebar.dikembalikan': { id: 'Dikembalikan: {catatan}', en: 'Returned: {catatan}' },
  'sidebar.tanggalTtd': {
    id: 'Tanggal ditandatangani Kepala Daerah, dan tautan pindaiannya',
    en: 'Date signed by the regional head, and the link to the scan',
  },
  'sidebar.tautanTtd': { id: 'https://... (pindaian PK)', en: 'https://... (scan of the PK)' },
  'sidebar.dukungan': { id: 'Indikator saya mendukung', en: 'My indicators support' },
  'sidebar.mendukung': { id: '{kode} mendukung {induk} ({nama})', en: '{kode} supports {induk} ({nama})' },
  'sidebar.tidakMendukung': {
    id: '{kode}: Kode Indikator Atasan belum diisi',
    en: '{kode}: Kode Indikator Atasan is empty',
  },
  'sidebar.label.arahan': {
    id: 'Arahan untuk {nama} atas {dokumen} (wajib untuk Evaluasi; alasan bila dikembalikan)',
    en: 'Direction for {nama} on {dokumen} (required to evaluate; the reason when returning)',
  },
  'sidebar.label.tindakLanjut': {
    id: 'Tindak lanjut atas arahan atasan: “{arahan}”',
    en: 'Follow-up on your superior’s direction: “{arahan}”',
  },
  'sidebar.label.kembalikan': {
    id: 'Catatan untuk {nama} bila dikembalikan (apa yang perlu diperbaiki)',
    en: 'Note to {nama} when returning (what needs fixing)',
  },
  'sidebar.perubahan': { id: 'Perubahan PK / RA', en: 'PK / RA revisions' },
  'sidebar.perubahanPetunjuk': {
    id: 'Buka perubahan atas PK atau Rencana Aksi yang telah diarsipkan (APBD-P, mutasi, penugasan baru). Pegawai menyunting, lalu siklusnya berulang: ajukan, teliti, tanda tangan, arsip. Versi yang lama tetap dapat diverifikasi.',
    en: 'Open a revision of an archived PK or action plan (budget amendment, transfer, new assignment). The employee edits, then the cycle repeats: submit, review, sign, archive. The earlier version stays verifiable.',
  },
  'sidebar.perubahanDokumen': { id: 'Dokumen', en: 'Document' },
  'sidebar.perubahanNip': { id: 'NIP pegawai', en: 'Employee NIP' },
  'sidebar.perubahanNipWajib': {
    id: 'Isi NIP pegawai yang PK atau Rencana Aksinya dibuka untuk perubahan (lihat tab Pegawai).',
    en: 'Fill in the NIP of the employee whose PK or action plan is opened for revision (see the Pegawai tab).',
  },
  'sidebar.perubahanAlasan': {
    id: 'Alasan perubahan (APBD-P, mutasi, penugasan baru, ...)',
    en: 'Reason for the revision (budget amendment, transfer, new assignment, ...)',
  },
  'sidebar.label.perubahan': {
    id: 'Alasan perubahan {dokumen} {nama} (APBD-P, mutasi, penugasan baru, ...)',
    en: 'Reason for revising {dokumen} of {nama} (budget amendment, transfer, new assignment, ...)',
  },
  'sidebar.tugas': {
    id: 'Langkah {langkah}: {tombol} · standar SOP {standar}',
    en: 'Step {langkah}: {tombol} · SOP standard {standar}',
  },
  'sidebar.menungguSejak': { id: 'menunggu {durasi}', en: 'waiting {durasi}' },
  'sidebar.menungguLewat': {
    id: 'menunggu {durasi} (melewati standar)',
    en: 'waiting {durasi} (past the standard)',
  },
  'sidebar.ringkasan.pk': {
    id: '{kode} {indikator}: {target} {satuan} ({polaritas}, {agregasi})',
    en: '{kode} {indikator}: {target} {satuan} ({polaritas}, {agregasi})',
  },
  'sidebar.ringkasan.ra': { id: '{kode}: {target} — {rencana}', en: '{kode}: {target} — {rencana}' },
  'sidebar.tanpaBarisUkur': {
    id: 'Tab Pengukuran belum punya baris TW {tw} untuk indikator {kode}. Tambahkan baris dengan NIP {nip}, Kode {kode}, Triwulan {tw}, lalu isi Realisasi dan Bukti Pendukung.',
    en: 'The Pengukuran tab has no TW {tw} row for indicator {kode}. Add a row with NIP {nip}, Kode {kode}, Triwulan {tw}, then fill in Realisasi and Bukti Pendukung.',
  },
  'sidebar.target': { id: 'Target', en: 'Target' },
  'sidebar.realisasi': { id: 'Realisasi', en: 'Realisation' },
  'sidebar.capaian': { id: 'Capaian', en: 'Achievement' },
  'sidebar.bukti': { id: 'Bukti', en: 'Evidence' },
  'sidebar.bukaBukti': { id: 'buka bukti', en: 'open evidence' },
  'sidebar.tanpaBukti': { id: 'belum ada tautan bukti', en: 'no evidence link yet' },
  'sidebar.kendalaLabel': { id: 'Kendala', en: 'Obstacles' },
  'sidebar.arahanAtasan': { id: 'Arahan atasan', en: 'Superior’s direction' },
  'sidebar.tindakLanjutLabel': { id: 'Tindak lanjut', en: 'Follow-up' },
  'sidebar.belumAda': { id: 'belum ada', en: 'none yet' },
  'sidebar.setujuiTerpilih': { id: 'Setujui yang dipilih', en: 'Approve selected' },
  'sidebar.pilih': { id: 'pilih untuk disetujui bersama', en: 'select to approve together' },
  'sidebar.pilihDulu': {
    id: 'Centang dulu dokumen yang akan disetujui.',
    en: 'Tick the documents to approve first.',
  },
  'sidebar.cetak': { id: 'Cetak', en: 'Print' },
  'sidebar.bukaSel': { id: 'buka sel', en: 'go to cell' },
  'sidebar.bukaDoc': { id: 'Buka Google Doc', en: 'Open the Google Doc' },
  'sidebar.bukaPdf': { id: 'Buka PDF', en: 'Open the PDF' },
  'sidebar.memuat': { id: 'Memuat…', en: 'Loading…' },
  'sidebar.memproses': { id: 'Memproses…', en: 'Working…' },
  'sidebar.memeriksa': { id: 'Memeriksa kelengkapan…', en: 'Checking completeness…' },
  'sidebar.menyusun': {
    id: 'Menyusun rekap… (dapat memakan waktu beberapa menit)',
    en: 'Compiling the recap… (can take a few minutes)',
  },
  'sidebar.mencetak': { id: 'Membuat dokumen…', en: 'Making the document…' },
  'sidebar.mengirim': { id: 'Mengirim pengingat…', en: 'Sending reminders…' },
  'sidebar.sebagai': { id: 'sebagai {peran}', en: 'as {peran}' },
  'sidebar.muatUlang': { id: 'Muat ulang', en: 'Reload' },
  'sidebar.gagal': { id: 'Terjadi kesalahan: {pesan}', en: 'Something went wrong: {pesan}' },
  'sidebar.catatanWajib': {
    id: 'Tulis dulu isian “{label}”.',
    en: 'Fill in “{label}” first.',
  },
  'sidebar.dasbor': { id: 'Dasbor kantor', en: 'Office dashboard' },
  'sidebar.bacaSaja': {
    id: 'Tampilan baca saja untuk pimpinan instansi.',
    en: 'Read-only view for the head of office.',
  },
  'sidebar.progres': { id: 'Kemajuan {periode} per unit', en: '{periode} progress per unit' },
  'sidebar.unitProgres': {
    id: '{unit}: lapor {lapor}/{pegawai}, evaluasi {evaluasi}, tindak lanjut {tindakLanjut}, terlambat {terlambat}',
    en: '{unit}: reported {lapor}/{pegawai}, evaluated {evaluasi}, followed up {tindakLanjut}, late {terlambat}',
  },
  'sidebar.kol.nama': { id: 'Nama', en: 'Name' },
  'sidebar.kol.pk': { id: 'PK', en: 'PK' },
  'sidebar.kol.ra': { id: 'RA', en: 'Action plan' },
  'sidebar.kol.langkah': { id: 'Langkah', en: 'Step' },
  'sidebar.kol.durasi': { id: 'Waktu / standar', en: 'Time / standard' },
  'sidebar.belumPkRa': { id: 'Belum menyelesaikan PK/RA', en: 'PK/action plan not finished' },
  'sidebar.terlambat30': {
    id: 'Langkah melebihi standar SOP (30 hari terakhir)',
    en: 'Steps past their SOP standard (last 30 days)',
  },
  'sidebar.kirimPengingat': {
    id: 'Kirim pengingat ke {jumlah} orang yang terlambat',
    en: 'Send a reminder to the {jumlah} people who are late',
  },
  'sidebar.pengingatTerkirim': {
    id: 'Pengingat terkirim ke {jumlah} orang.',
    en: 'Reminder sent to {jumlah} people.',
  },
  'sidebar.pengingatBukanHak': {
    id: 'Hanya Pengelola Kinerja yang dapat mengirim pengingat.',
    en: 'Only the performance administrator can send reminders.',
  },
  'sidebar.pengingatLokal': {
    id: 'Pratinjau lokal tidak mengirim email; pengingat dikirim dari add-on di Google Sheets.',
    en: 'The local preview sends no email; reminders are sent by the add-on in Google Sheets.',
  },
  'sidebar.panduan': { id: 'Panduan pengisian tab', en: 'How to fill in the tabs' },

  // the steps, as buttons and result lines (sidebar and CLI)
  'tombol.ajukanPk': { id: 'Ajukan PK', en: 'Submit PK' },
  'tombol.teliti': { id: 'Teliti', en: 'Review' },
  'tombol.tandatangani': { id: 'Tandatangani', en: 'Sign' },
  'tombol.ajukanRa': { id: 'Ajukan RA', en: 'Submit action plan' },
  'tombol.periksa': { id: 'Periksa', en: 'Check' },
  'tombol.arsipkan': { id: 'Arsipkan', en: 'Archive' },
  'tombol.ukur': { id: 'Ukur', en: 'Measure' },
  'tombol.laporkan': { id: 'Laporkan', en: 'Report' },
  'tombol.evaluasi': { id: 'Evaluasi', en: 'Evaluate' },
  'tombol.tindakLanjut': { id: 'Tindak lanjut', en: 'Follow up' },
  'tombol.kembalikan': { id: 'Kembalikan', en: 'Return' },
  'tombol.ttdKepalaDaerah': { id: 'Catat TTD Kepala Daerah', en: 'Record the regional head’s signature' },
  'tombol.perubahan': { id: 'Buka perubahan', en: 'Open a revision' },
  'hasil.selesaiLangkah': {
    id: '{dokumen} milik {pemilik}: {langkah} selesai (status {status}).',
    en: '{dokumen} of {pemilik}: {langkah} done (state {status}).',
  },
  'hasil.berikutnya': {
    id: 'Berikutnya: {langkah} oleh {siapa}',
    en: 'Next: {langkah} by {siapa}',
  },
  'hasil.rekapBerikutnya': {
    id: 'Berikutnya: kompilasi rekap {periode} oleh {siapa}',
    en: 'Next: the {periode} recap, compiled by {siapa}',
  },
  'hasil.selesai': { id: 'Tidak ada langkah berikutnya.', en: 'No further step.' },
  'hasil.terbuka': {
    id: '{langkah} (kinerja act … {aksi} --doc {dokumen}) oleh {siapa}',
    en: '{langkah} (kinerja act … {aksi} --doc {dokumen}) by {siapa}',
  },

  // the emails: notifications to whoever acts next, and the reminder of what waits past its standard
  // durations: the SOP's time standards and working time waited
  'durasi.menit': { id: '{n} menit', en: '{n} min' },
  'durasi.jam': { id: '{n} jam', en: '{n} h' },
  'durasi.hari': { id: '{n} hari', en: '{n} days' },
  'durasi.hariKerja': { id: '{n} hari kerja', en: '{n} working days' },
  'durasi.bulan': { id: '{n} bulan', en: '{n} months' },
  'email.aksi.ajukan': { id: 'mengajukan', en: 'submitted' },
  'email.aksi.setujui': { id: 'menyetujui', en: 'approved' },
  'email.aksi.kembalikan': { id: 'mengembalikan', en: 'returned' },
  'email.aksi.evaluasi': { id: 'mengevaluasi', en: 'evaluated' },
  'email.aksi.tindaklanjut': { id: 'menindaklanjuti', en: 'followed up' },
  'email.aksi.arsipkan': { id: 'mengarsipkan', en: 'archived' },
  'email.aksi.ttdkepaladaerah': {
    id: 'mencatat tanda tangan Kepala Daerah pada',
    en: 'recorded the regional head’s signature on',
  },
  'email.aksi.perubahan': { id: 'membuka perubahan', en: 'opened a revision of' },
  'email.baris': {
    id: '{pelaku} {aksi} {dokumen} milik {pemilik}',
    en: '{pelaku} {aksi} {dokumen} of {pemilik}',
  },
  'email.status': { id: 'status', en: 'state' },
  'email.catatan': { id: 'Catatan: {catatan}', en: 'Note: {catatan}' },
  'email.subjekBanyak': {
    id: '{jumlah} dokumen menunggu tindakan Anda',
    en: '{jumlah} documents wait for your action',
  },
  'email.salam': { id: 'Yth. {nama},', en: 'Dear {nama},' },
  'email.bapakIbu': { id: 'Bapak/Ibu', en: 'Sir or Madam' },
  'email.buka': {
    id: 'Silakan buka spreadsheet dan panel Kinerja untuk menindaklanjuti:',
    en: 'Please open the spreadsheet and the Kinerja panel to act on it:',
  },
  'email.otomatis': {
    id: 'Pesan ini dikirim otomatis oleh Kinerja Sheets.',
    en: 'This message was sent automatically by Kinerja Sheets.',
  },
  'email.pengingat.subjek': {
    id: 'Pengingat: {jumlah} dokumen melewati standar waktu SOP',
    en: 'Reminder: {jumlah} documents past their SOP time standard',
  },
  'email.pengingat.pembuka': {
    id: 'Per {waktu}, dokumen berikut menunggu tindakan Anda melewati standar waktu SOP:',
    en: 'As of {waktu}, these documents wait for your action past their SOP time standard:',
  },
  'email.pengingat.baris': {
    id: '{dokumen} milik {nama}: langkah {langkah} ({kegiatan}), menunggu {menunggu}, standar {standar}',
    en: '{dokumen} of {nama}: step {langkah} ({kegiatan}), waiting {menunggu}, standard {standar}',
  },

  // set-up: the header notes of columns and Pengaturan keys
  'layout.isian': { id: 'Diisi pengguna.', en: 'Filled in by people.' },
  'layout.sistem': {
    id: 'Diisi sistem (add-on Kinerja); jangan diubah.',
    en: 'Written by the Kinerja add-on; do not edit.',
  },
  'layout.terkunci': {
    id: 'Terkunci setelah dokumen ditandatangani.',
    en: 'Locked once the document is signed.',
  },
  'layout.pilihan': { id: 'Pilih: {pilihan}.', en: 'Choose: {pilihan}.' },
  'layout.contoh': { id: 'Contoh: {contoh}', en: 'Example: {contoh}' },
  'pengaturan.catatan.namaInstansi': {
    id: 'Nama instansi pada dokumen. Contoh: Sekretariat DPRD Kabupaten Nganjuk',
    en: 'The office name on documents. Example: Sekretariat DPRD Kabupaten Nganjuk',
  },
  'pengaturan.catatan.unit': {
    id: 'Pemerintah daerah atau kementerian induk. Contoh: Pemerintah Kabupaten Nganjuk',
    en: 'The parent government or ministry. Example: Pemerintah Kabupaten Nganjuk',
  },
  'pengaturan.catatan.tahun': {
    id: 'Tahun kinerja, 4 digit. Contoh: 2026',
    en: 'The performance year, 4 digits. Example: 2026',
  },
  'pengaturan.catatan.kota': {
    id: 'Kota pada tanda tangan dokumen. Contoh: Nganjuk',
    en: 'The city in the signature block. Example: Nganjuk',
  },
  'pengaturan.catatan.emailPengelola': {
    id: 'Email Pengelola Kinerja yang mengompilasi rekap. Contoh: tu.kepegawaian@nganjukkab.go.id',
    en: 'Email of the performance administrator who compiles recaps. Example: tu.kepegawaian@nganjukkab.go.id',
  },
  'pengaturan.catatan.emailAkunLayanan': {
    id: 'Alamat akun layanan (service account) layanan rekap; Siapkan tab menjadikannya editor tab Rekap dan judul kolom. Contoh: kinerja-rekap@proyek.iam.gserviceaccount.com',
    en: 'The recap service’s service account; Set up tabs makes it an editor of the Rekap tab and header rows. Example: kinerja-rekap@project.iam.gserviceaccount.com',
  },
  'pengaturan.catatan.folderRekap': {
    id: 'ID folder Google Drive untuk dokumen rekap (boleh kosong). Contoh: 1AbCdEfGh…',
    en: 'The Google Drive folder ID for recap documents (may be blank). Example: 1AbCdEfGh…',
  },
  'pengaturan.catatan.urlLayananRekap': {
    id: 'Alamat layanan rekap (Cloud Functions), diawali https://. Contoh: https://asia-southeast2-kantor.cloudfunctions.net/recap',
    en: 'The recap service address (Cloud Functions), starting with https://. Example: https://asia-southeast2-kantor.cloudfunctions.net/recap',
  },
  'pengaturan.catatan.rumusNegatif': {
    id: 'Rumus capaian polaritas negatif: (2T-R)/T atau T/R. Contoh: (2T-R)/T',
    en: 'The capaian formula for negative polarity: (2T-R)/T or T/R. Example: (2T-R)/T',
  },
  'pengaturan.catatan.skalaNilai': {
    id: 'Skala nilai huruf untuk target kualitatif: nama skala, titik dua, nilai dari terendah dipisah <, antarskala titik koma. Contoh: Opini BPK: TMP < TW < WDP < WTP; Nilai SAKIP: D < C < CC < B < BB < A < AA. Indikator yang Satuan-nya menyebut nama skala memakai nilainya sebagai Target dan Realisasi.',
    en: 'Grade scales for qualitative targets: scale name, colon, grades from lowest separated by <, scales separated by semicolons. Example: Opini BPK: TMP < TW < WDP < WTP; Nilai SAKIP: D < C < CC < B < BB < A < AA. An indicator whose Satuan names a scale takes its grades as Target and Realisasi.',
  },
  'pengaturan.catatan.skalaPredikat': {
    id: 'Batas bawah tiap predikat, dipisah titik koma. Contoh: 91 Sangat Baik; 76 Baik; 66 Cukup; 51 Kurang; 0 Sangat Kurang',
    en: 'Lower bound of each rating, separated by semicolons. Example: 91 Sangat Baik; 76 Baik; 66 Cukup; 51 Kurang; 0 Sangat Kurang',
  },
  'pengaturan.catatan.batasAtas': {
    id: 'Batas atas capaian dalam persen, atau kosong tanpa batas. Contoh: 120',
    en: 'Upper bound of capaian in percent, or blank for none. Example: 120',
  },
  'pengaturan.catatan.lokal': {
    id: 'Cara menulis angka: id-ID (1.234,5) atau en-US (1,234.5). Contoh: id-ID',
    en: 'How numbers are written: id-ID (1.234,5) or en-US (1,234.5). Example: id-ID',
  },
  'pengaturan.catatan.bahasa': {
    id: 'Bahasa panel dan pesan: id atau en. Contoh: id',
    en: 'Language of the panel and messages: id or en. Example: id',
  },
  'pengaturan.catatan.zonaWaktu': {
    id: 'Zona waktu kantor; tetapkan sebelum tindakan pertama: waktu di Riwayat, PK dan Pengukuran dibaca dalam zona ini, dan mengubahnya kemudian menggeser waktu yang sudah tercatat (rantai Riwayat lalu terbaca rusak). Contoh: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)',
    en: 'The office time zone; set it before the first action: times in Riwayat, PK and Pengukuran are read in this zone, and changing it later shifts the times already logged (the Riwayat chain then reads as broken). Example: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)',
  },
  'pengaturan.catatan.hariKerja': {
    id: 'Hari kerja untuk standar waktu SOP. Contoh: Senin, Selasa, Rabu, Kamis, Jumat',
    en: 'Working days for the SOP time standards. Example: Senin, Selasa, Rabu, Kamis, Jumat',
  },
  'pengaturan.catatan.jamKerja': {
    id: 'Jam kerja untuk standar waktu SOP. Contoh: 07.30-16.00',
    en: 'Office hours for the SOP time standards. Example: 07.30-16.00',
  },
  'pengaturan.catatan.hariLibur': {
    id: 'Hari libur, dipisah titik koma; bawaan: libur nasional dan cuti bersama 2026 (SKB 3 Menteri); - bila tidak ada. Contoh: 1 Januari 2026; 17 Agustus 2026',
    en: 'Holidays, separated by semicolons; default: the national holidays and cuti bersama of 2026 (SKB 3 Menteri); - for none. Example: 1 Januari 2026; 17 Agustus 2026',
  },
  'pengaturan.catatan.namaKepalaDaerah': {
    id: 'Nama Kepala Daerah (Bupati / Wali Kota), PIHAK KEDUA Perjanjian Kinerja pimpinan instansi. Contoh: Ir. Hadi Santoso, M.T.',
    en: 'Name of the regional head (Bupati / Wali Kota), PIHAK KEDUA of the head of office’s PK. Example: Ir. Hadi Santoso, M.T.',
  },
  'pengaturan.catatan.jabatanKepalaDaerah': {
    id: 'Jabatan Kepala Daerah seperti tertulis di Perjanjian Kinerja. Contoh: Bupati Nganjuk',
    en: 'The regional head’s title as written on the PK. Example: Bupati Nganjuk',
  },
  'pengaturan.catatan.nipKepalaDaerah': {
    id: 'NIP Kepala Daerah bila ada (pejabat terpilih umumnya tidak memiliki NIP); boleh kosong. Contoh: 196805121993031004',
    en: 'The regional head’s NIP if any (elected officials usually have none); may be blank. Example: 196805121993031004',
  },
  'pengaturan.catatan.mulaiPenyusunanPk': {
    id: 'Tanggal mulai penyusunan IKI dan PK (langkah 1 SOP dihitung dari tanggal ini); kosong = 2 Januari. Contoh: 2 Januari 2026',
    en: 'The date drafting of IKI and PK starts (SOP step 1 is timed from it); blank = 2 January. Example: 2 Januari 2026',
  },
  'pengaturan.catatan.cascadingWajib': {
    id: 'Setiap indikator di bawah pimpinan wajib mengisi Kode Indikator Atasan: Ya atau Tidak. Contoh: Ya',
    en: 'Every indicator below the head of office must name its superior’s indicator: Ya or Tidak. Example: Ya',
  },
  'pengaturan.catatan.periodePengukuran': {
    id: 'Pengukuran dan pelaporan realisasi (langkah 9-10): Triwulan (setiap triwulan) atau Semester (laporan TW II untuk Januari-Juni dan TW IV untuk Juli-Desember; TW I dan TW III tidak diukur). Contoh: Triwulan',
    en: 'Measuring and reporting realisation (steps 9-10): Triwulan (every quarter) or Semester (the TW II report covers January-June and TW IV July-December; TW I and TW III are not measured). Example: Triwulan',
  },
  'pengaturan.catatan.pengingatHarian': {
    id: 'Kirim pengingat harian pukul 07.00 untuk yang terlambat: Ya atau Tidak. Contoh: Ya',
    en: 'Send a daily reminder at 07:00 to everyone late: Ya or Tidak. Example: Ya',
  },
  'pengaturan.catatan.lambang': {
    id: 'Lambang daerah di kop dokumen: ID berkas gambar PNG/JPEG di Google Drive (mode lokal: jalur berkas). Kosong: tanpa lambang. Contoh: 1AbCdEfGhIjKlMnOpQrStUvWxYz',
    en: 'Coat of arms on the document letterhead: the Google Drive file ID of a PNG/JPEG image (local mode: a file path). Blank: none. Example: 1AbCdEfGhIjKlMnOpQrStUvWxYz',
  },
  'pengaturan.catatan.sebutanPihak': {
    id: 'Sebutan pegawai dalam Perjanjian Kinerja: PIHAK KESATU atau PIHAK PERTAMA. Contoh: PIHAK PERTAMA',
    en: 'How the Perjanjian Kinerja names the employee: PIHAK KESATU or PIHAK PERTAMA. Example: PIHAK PERTAMA',
  },

  // the Panduan: how to fill each tab
  'panduan.Pengaturan': {
    id: 'Satu kunci per baris (Kunci, Nilai): nama instansi, tahun, bahasa (id/en), jam kerja, hari libur. Contoh: Tahun | 2026.',
    en: 'One key per row (Kunci, Nilai): office name, year, language (id/en), office hours, holidays. Example: Tahun | 2026.',
  },
  'panduan.Pegawai': {
    id: 'Satu baris per pegawai: NIP 18 digit sebagai teks, email akun Google kantor, NIP Atasan (kosong hanya untuk pimpinan). Satu orang berperan Pengelola Kinerja.',
    en: 'One row per employee: an 18-digit NIP as text, the office Google account email, the superior’s NIP (blank only for the head). One person has the role Pengelola Kinerja.',
  },
  'panduan.IKI': {
    id: 'Indikator kinerja tiap pegawai: kode, sasaran, indikator, satuan, polaritas, target tahunan (Rentang: Target dan Target Atas), agregasi. Terkunci setelah PK ditandatangani.',
    en: 'Each employee’s indicators: code, goal, indicator, unit, polarity, annual target (Rentang: Target and Target Atas), aggregation. Locked once the PK is signed.',
  },
  'panduan.PK': {
    id: 'Diisi oleh add-on: status PK, RA dan TW I-IV tiap pegawai, tanda tangan dan tautan dokumen. Jangan diubah manual.',
    en: 'Written by the add-on: the PK, action plan and quarter states of each employee, signatures and document links. Do not edit by hand.',
  },
  'panduan.Rencana Aksi': {
    id: 'Satu baris per indikator: rencana aksi dan target TW I-IV; isi Alasan Penyimpangan bila target triwulan tidak sejalan dengan target tahunan.',
    en: 'One row per indicator: the action plan and the TW I-IV targets; give a reason when quarterly targets do not match the annual target.',
  },
  'panduan.Pengukuran': {
    id: 'Satu baris per indikator per triwulan: realisasi, tautan bukti dan kendala (pegawai); arahan (atasan) dan tindak lanjut diisi lewat panel.',
    en: 'One row per indicator per quarter: realisation, evidence link and obstacles (employee); direction (superior) and follow-up come from the panel.',
  },
  'panduan.Riwayat': {
    id: 'Catatan setiap tindakan (siapa, kapan, langkah SOP, lama dibanding standar). Hanya ditulis oleh add-on.',
    en: 'The log of every action (who, when, SOP step, time against the standard). Written by the add-on only.',
  },
  'panduan.Rekap': {
    id: 'Hasil kompilasi rekap per periode dan pegawai, dengan tautan dokumen. Hanya ditulis oleh add-on.',
    en: 'The compiled recaps per period and employee, with document links. Written by the add-on only.',
  },

  // signed documents (PK, RA)
  'dokumen.bukanHak': {
    id: 'Anda tidak berwenang mencetak {dokumen} milik {pemilik}: hanya pegawai itu, atasannya (atau Plt/Plh-nya) dan Pengelola Kinerja.',
    en: 'You may not print {dokumen} of {pemilik}: only that employee, their superior (or acting official) and the administrator.',
  },
  'dokumen.pegawaiTidakAda': {
    id: 'NIP {nip} tidak ada di tab Pegawai.',
    en: 'NIP {nip} is not in the Pegawai tab.',
  },
  'dokumen.jenisTidakDikenal': {
    id: 'Jenis dokumen "{jenis}" tidak dikenal. Pilih PK atau RA.',
    en: 'Unknown document kind "{jenis}". Choose PK or RA.',
  },

  // recap
  'anggaran.pegawaiTidakDikenal': {
    id: 'NIP {nip} tidak ada di tab Pegawai. Perbaiki NIP-nya atau tambahkan pegawai itu di tab Pegawai.',
    en: 'NIP {nip} is not in the Pegawai tab. Correct the NIP or add that employee to the Pegawai tab.',
  },
  'lambang.tidakTerbaca': {
    id: 'Lambang "{ref}" tidak dapat dibaca ({sebab}). Isi Lambang dengan ID berkas Google Drive (atau jalur berkas pada mode lokal) gambar PNG/JPEG yang dapat dibaca layanan, atau kosongkan.',
    en: 'The coat of arms "{ref}" cannot be read ({sebab}). Set Lambang to the Google Drive file ID (or a file path in local mode) of a PNG/JPEG image the service can read, or leave it blank.',
  },
  'lambang.bukanGambar': {
    id: 'Lambang "{ref}" bukan gambar PNG atau JPEG. Unggah lambang sebagai PNG atau JPEG dan isi ID/jalur berkasnya.',
    en: 'The coat of arms "{ref}" is not a PNG or JPEG image. Upload it as PNG or JPEG and give its file ID/path.',
  },
  'tanda.belumDilaporkan': {
    id: 'realisasi sudah diisi tetapi belum dilaporkan kepada atasan',
    en: 'realisation filled in but not yet reported to the superior',
  },
  'tanda.belumDievaluasi': {
    id: 'sudah dilaporkan tetapi belum dievaluasi atasan',
    en: 'reported but not yet evaluated by the superior',
  },
  'tanda.berubah': {
    id: 'pengukuran berubah setelah dilaporkan atau dievaluasi: belum dapat dipercaya',
    en: 'measurement changed after it was reported or evaluated: not yet trusted',
  },
  'rekap.belumLengkap': {
    id: 'Rekap belum lengkap: {jumlah} hal belum terpenuhi.',
    en: 'The recap is incomplete: {jumlah} items are missing.',
  },
  'rekap.iku.tanpaPimpinan': {
    id: 'IKU instansi tidak dapat disajikan: tab Pegawai tidak memiliki tepat satu pimpinan instansi (pegawai tanpa NIP Atasan).',
    en: 'The office IKU cannot be shown: the Pegawai tab does not have exactly one head of office (an employee with no superior NIP).',
  },
  'rekap.iku.tanpaIki': {
    id: 'Pimpinan instansi belum memiliki IKI, sehingga IKU instansi kosong.',
    en: 'The head of office has no IKI, so the office IKU is empty.',
  },
  'rekap.dikecualikan.barisRusak': {
    id: 'Indikator NIP {nip} (tab IKI baris {baris}) tidak direkap: barisnya memuat sel yang tidak dapat dibaca. Jalankan Periksa data dan perbaiki selnya.',
    en: 'The indicators of NIP {nip} (IKI tab rows {baris}) are not in the recap: the row has a cell that cannot be read. Run Periksa data and fix the cell.',
  },
  'rekap.dikecualikan.nipTidakDikenal': {
    id: 'Indikator NIP {nip} (tab IKI baris {baris}) tidak direkap: NIP ini tidak ada di tab Pegawai.',
    en: 'The indicators of NIP {nip} (IKI tab rows {baris}) are not in the recap: this NIP is not in the Pegawai tab.',
  },
  'rekap.kurang.belumMelapor': {
    id: '{nama} ({nip}) belum melaporkan {periode}.',
    en: '{nama} ({nip}) has not reported {periode}.',
  },
  'rekap.kurang.realisasi': {
    id: '{nama} ({nip}): realisasi {kode} untuk {periode} belum diisi.',
    en: '{nama} ({nip}): the {periode} realisation of {kode} is empty.',
  },
  'rekap.kurang.belumDievaluasi': {
    id: '{nama} ({nip}): {periode} belum dievaluasi atasan.',
    en: '{nama} ({nip}): {periode} has not been evaluated by the superior.',
  },
  'rekap.kurang.raBelumDiarsipkan': {
    id: '{nama} ({nip}): Rencana Aksi belum diarsipkan.',
    en: '{nama} ({nip}): the action plan is not archived.',
  },
  'dokumen.integritas': {
    id: '{dokumen} tidak diterbitkan: Riwayat atau kolom alur pegawai ini diubah di luar panel Kinerja. Perbaiki masalah di bawah terlebih dahulu.',
    en: "{dokumen} is not issued: Riwayat or this person's workflow cells were edited outside the Kinerja panel. Fix the problems below first.",
  },
  'rekap.kurang.integritas': {
    id: '{nama} ({nip}): {jumlah} sel alur diubah di luar panel Kinerja; angka pegawai ini tidak dapat dipercaya sampai diperbaiki.',
    en: "{nama} ({nip}): {jumlah} workflow cells were edited outside the Kinerja panel; this person's figures cannot be trusted until fixed.",
  },
  'rekap.kurang.ukurBerubah': {
    id: '{nama} ({nip}): pengukuran TW {tw} berubah setelah {tahap}.',
    en: '{nama} ({nip}): measurement TW {tw} changed after it was {tahap}.',
  },
  'rekap.kurang.berubah': {
    id: '{nama} ({nip}): {dokumen} berubah setelah ditandatangani.',
    en: '{nama} ({nip}): {dokumen} changed after it was signed.',
  },
  // the documents (recap reports, the LKjIP draft, PK and Rencana Aksi): every text around the data
  'doc.judul.triwulan': {
    id: 'Laporan Pengukuran Kinerja {periode} Tahun {tahun}',
    en: 'Performance Measurement Report {periode} {tahun}',
  },
  'doc.judul.tahunan': { id: 'Laporan Kinerja Tahun {tahun}', en: 'Performance Report {tahun}' },
  'doc.periode.triwulan': { id: 'Triwulan {tw}', en: 'Quarter {tw}' },
  'doc.periode.semester': { id: 'Semester {s}', en: 'Semester {s}' },
  'doc.periode.tahun': { id: 'Tahun', en: 'Year' },
  'doc.bagian.iku': {
    id: 'Kinerja Instansi: Indikator Kinerja Utama (IKU)',
    en: 'Office Performance: Key Performance Indicators (IKU)',
  },
  'doc.bagian.ringkasan': { id: 'Ringkasan per Unit Kerja', en: 'Summary per Work Unit' },
  'doc.bagian.rincianDiBagian': {
    id: 'Rincian per pegawai setiap unit kerja ada pada dokumen lanjutan laporan ini, "Bagian 1 dari …" dan seterusnya.',
    en: 'The details per employee of each work unit are in the continuation documents of this report, "Part 1 of …" onwards.',
  },
  'doc.bagian.judulRingkasan': { id: '{judul} - Ringkasan', en: '{judul} - Summary' },
  'doc.bagian.judulBagian': {
    id: '{judul} - Bagian {ke} dari {dari} ({unit})',
    en: '{judul} - Part {ke} of {dari} ({unit})',
  },
  'doc.bagian.rentangUnit': { id: '{awal} s.d. {akhir}', en: '{awal} to {akhir}' },
  'doc.bagian.perUnit': {
    id: 'Capaian per Unit Kerja dan Pegawai',
    en: 'Achievement per Work Unit and Employee',
  },
  'doc.bagian.belumMelapor': { id: 'Pegawai yang Belum Melaporkan', en: 'Employees Who Have Not Reported' },
  'doc.bagian.terlambat': {
    id: 'Langkah SOP yang Melebihi Standar Waktu',
    en: 'SOP Steps Past Their Time Standard',
  },
  'doc.bagian.kelengkapan': { id: 'Catatan Kelengkapan', en: 'Completeness Notes' },
  'doc.ringkasan': {
    id: 'Jumlah pegawai {pegawai}, indikator {indikator}; capaian terhitung {terhitung}, realisasi belum diisi {belumDiisi}, tidak dapat dihitung {tidakDapatDihitung}. Kelengkapan data {kelengkapan}%. Rata-rata capaian indikator individu (bukan capaian instansi; lihat IKU) {rataRata}. Sebaran predikat indikator: {sebaran}.',
    en: "Employees {pegawai}, indicators {indikator}; achievement computed {terhitung}, realisation not filled in {belumDiisi}, cannot be computed {tidakDapatDihitung}. Data completeness {kelengkapan}%. Mean achievement of the individual indicators (not the office's achievement; see IKU) {rataRata}. Indicators per rating: {sebaran}.",
  },
  'doc.belumDapatDihitung': { id: 'belum dapat dihitung', en: 'cannot be computed yet' },
  'doc.belumDiisi': { id: 'belum diisi', en: 'not filled in' },
  'doc.belumLengkap': { id: 'belum lengkap', en: 'incomplete' },
  'doc.tidakDapatDihitung': { id: 'tidak dapat dihitung ({alasan})', en: 'cannot be computed ({alasan})' },
  'doc.legendaTanda': { id: 'Tanda pada angka: {tanda}.', en: 'Marks on figures: {tanda}.' },
  'doc.rataRata': { id: 'rata-rata {capaian} ({predikat})', en: 'mean {capaian} ({predikat})' },
  'doc.iku.pk': {
    id: 'Perjanjian Kinerja dengan {jabatan} ({nama}).',
    en: 'Performance Agreement with the {jabatan} ({nama}).',
  },
  'doc.iku.tanpaKepalaDaerah': {
    id: 'Kepala Daerah (PIHAK KEDUA) belum diisi di Pengaturan.',
    en: 'The regional head (PIHAK KEDUA) is not set in Pengaturan.',
  },
  'doc.iku.capaian': {
    id: 'Capaian IKU: {capaian} ({predikat}).',
    en: 'IKU achievement: {capaian} ({predikat}).',
  },
  'doc.iku.tanpaDukungan': {
    id: 'IKU {kode} ({indikator}) belum didukung indikator bawahan mana pun.',
    en: "IKU {kode} ({indikator}) is not yet supported by any subordinate's indicator.",
  },
  'doc.rencanaAksi': { id: 'Rencana Aksi', en: 'Action Plan' },
  'doc.pengukuran': { id: 'Pengukuran', en: 'Measurement' },
  'doc.berubahSetelahTtd': {
    id: '{dokumen} BERUBAH SETELAH DITANDATANGANI',
    en: '{dokumen} CHANGED AFTER SIGNING',
  },
  'doc.catatan.kendala': { id: 'Kendala', en: 'Obstacles' },
  'doc.catatan.arahan': { id: 'Arahan', en: 'Direction' },
  'doc.catatan.tindakLanjut': { id: 'Tindak lanjut', en: 'Follow-up' },
  'doc.semuaMelapor': {
    id: 'Semua pegawai telah melaporkan pengukuran kinerja periode ini.',
    en: 'Every employee has reported the performance measurement of this period.',
  },
  'doc.tidakAdaTerlambat': {
    id: 'Tidak ada langkah yang melebihi standar waktu.',
    en: 'No step went past its time standard.',
  },
  'doc.mengetahui': { id: 'Mengetahui,', en: 'Acknowledged by,' },
  'doc.pimpinan': { id: 'Pimpinan', en: 'Head of office' },
  'doc.pengelolaKinerja': { id: 'Pengelola Kinerja', en: 'Performance administrator' },
  'doc.isian': { id: '[Diisi oleh instansi: {apa}]', en: '[To be written by the office: {apa}]' },
  'doc.grafik.capaian': { id: 'Capaian {periode} (%)', en: 'Achievement {periode} (%)' },
  'doc.grafik.capaianSd': { id: 'Capaian s.d. {periode} (%)', en: 'Achievement to date {periode} (%)' },
  'doc.grafik.judulUnit': {
    id: 'Rata-rata Capaian per Unit Kerja — {periode} {tahun}',
    en: 'Mean Achievement per Work Unit — {periode} {tahun}',
  },
  'doc.kolom.no': { id: 'No', en: 'No' },
  'doc.kolom.nama': { id: 'Nama', en: 'Name' },
  'doc.kolom.jabatan': { id: 'Jabatan', en: 'Position' },
  'doc.kolom.pangkat': { id: 'Pangkat/Golongan', en: 'Rank/Grade' },
  'doc.kolom.pegawai': { id: 'Pegawai', en: 'Employee' },
  'doc.kolom.unitKerja': { id: 'Unit Kerja', en: 'Work Unit' },
  'doc.kolom.indikator': { id: 'Indikator', en: 'Indicator' },
  'doc.kolom.indikatorKinerja': { id: 'Indikator Kinerja', en: 'Performance Indicator' },
  'doc.kolom.iku': { id: 'Indikator Kinerja Utama', en: 'Key Performance Indicator' },
  'doc.kolom.indikatorPendukung': { id: 'Indikator Pendukung', en: 'Supporting Indicator' },
  'doc.kolom.indikatorAtasan': { id: 'Indikator Atasan', en: "Superior's Indicator" },
  'doc.kolom.sasaran': { id: 'Sasaran', en: 'Objective' },
  'doc.kolom.sasaranStrategis': { id: 'Sasaran Strategis', en: 'Strategic Objective' },
  'doc.kolom.satuan': { id: 'Satuan', en: 'Unit' },
  'doc.kolom.targetSaja': { id: 'Target', en: 'Target' },
  'doc.kolom.targetTahun': { id: 'Target Tahun', en: 'Annual Target' },
  'doc.kolom.polaPeriode': { id: 'Pola / Periode Ukur', en: 'Pattern / Measured' },
  'doc.kolom.target': { id: 'Target {periode}', en: 'Target {periode}' },
  'doc.kolom.realisasi': { id: 'Realisasi {periode}', en: 'Realisation {periode}' },
  'doc.kolom.capaian': { id: 'Capaian {periode}', en: 'Achievement {periode}' },
  'doc.kolom.targetSd': { id: 'Target s.d. {periode}', en: 'Target to date {periode}' },
  'doc.kolom.realisasiSd': { id: 'Realisasi s.d. {periode}', en: 'Realisation to date {periode}' },
  'doc.kolom.capaianSd': { id: 'Capaian s.d. {periode}', en: 'Achievement to date {periode}' },
  'doc.kolom.realisasiTahun': { id: 'Realisasi Tahun', en: 'Annual Realisation' },
  'doc.kolom.capaianTahun': { id: 'Capaian Tahun', en: 'Annual Achievement' },
  'doc.kolom.capaianPerTriwulan': { id: 'Capaian per Triwulan', en: 'Achievement per Quarter' },
  'doc.kolom.rataRataCapaian': { id: 'Rata-rata Capaian', en: 'Mean Achievement' },
  'doc.kolom.targetTahunKe': { id: 'Target {tahun}', en: 'Target {tahun}' },
  'doc.kolom.realisasiTahunKe': { id: 'Realisasi {tahun}', en: 'Realisation {tahun}' },
  'doc.kolom.selisih': { id: 'Selisih', en: 'Difference' },
  'doc.kolom.keterangan': { id: 'Keterangan', en: 'Remarks' },
  'doc.kolom.predikat': { id: 'Predikat', en: 'Rating' },
  'doc.kolom.bukti': { id: 'Bukti', en: 'Evidence' },
  'doc.kolom.sudahMelapor': { id: 'Sudah Melapor', en: 'Reported' },
  'doc.kolom.sudahDievaluasi': { id: 'Sudah Dievaluasi', en: 'Evaluated' },
  'doc.kolom.jumlahPegawai': { id: 'Jumlah Pegawai', en: 'Employees' },
  'doc.kolom.jumlahIndikator': { id: 'Jumlah Indikator', en: 'Indicators' },
  'doc.kolom.triwulan': { id: 'Triwulan', en: 'Quarter' },
  'doc.kolom.arahanAtasan': { id: 'Arahan Atasan', en: "Superior's Direction" },
  'doc.kolom.tindakLanjut': { id: 'Tindak Lanjut', en: 'Follow-up' },
  'doc.kolom.langkah': { id: 'Langkah', en: 'Step' },
  'doc.kolom.kegiatan': { id: 'Kegiatan', en: 'Activity' },
  'doc.kolom.dokumen': { id: 'Dokumen', en: 'Document' },
  'doc.kolom.waktu': { id: 'Waktu', en: 'Time' },
  'doc.kolom.durasi': { id: 'Durasi (jam kerja)', en: 'Duration (working time)' },
  'doc.kolom.standar': { id: 'Standar', en: 'Standard' },
  'doc.kolom.porsiBawahan': { id: 'Porsi Bawahan', en: "Subordinates' Portions" },
  'doc.kolom.jumlahPorsi': { id: 'Jumlah Porsi', en: 'Sum of Portions' },
  'doc.kolom.keadaan': { id: 'Keadaan', en: 'State' },
  'doc.kolom.statusPk': { id: 'Status PK', en: 'PK Status' },
  'doc.kolom.kodeVerifikasi': { id: 'Kode Verifikasi', en: 'Verification Code' },
  'doc.kolom.program': { id: 'Program/Kegiatan/Sub Kegiatan', en: 'Programme/Activity/Sub-activity' },
  'doc.kolom.anggaran': { id: 'Anggaran', en: 'Budget' },
  'doc.kolom.jumlah': { id: 'Jumlah', en: 'Total' },
  'doc.lkjip.judul': {
    id: 'LAPORAN KINERJA INSTANSI PEMERINTAH',
    en: 'GOVERNMENT AGENCY PERFORMANCE REPORT',
  },
  'doc.lkjip.tahun': { id: 'TAHUN {tahun}', en: 'YEAR {tahun}' },
  'doc.lkjip.konsep': {
    id: 'KONSEP — disusun dari data Kinerja Sheets; bagian bertanda [Diisi oleh instansi] dilengkapi sebelum ditandatangani.',
    en: 'DRAFT — compiled from Kinerja Sheets data; the parts marked [To be written by the office] are completed before signing.',
  },
  'doc.lkjip.kataPengantar': { id: 'KATA PENGANTAR', en: 'FOREWORD' },
  'doc.lkjip.isi.kataPengantar': {
    id: 'kata pengantar pimpinan instansi',
    en: "the head of office's foreword",
  },
  'doc.lkjip.ikhtisar': { id: 'IKHTISAR EKSEKUTIF', en: 'EXECUTIVE SUMMARY' },
  'doc.lkjip.isi.ikhtisar': {
    id: 'ringkasan keberhasilan, permasalahan dan langkah perbaikan',
    en: 'summary of achievements, problems and improvements',
  },
  'doc.lkjip.ikhtisarTeks': {
    id: 'Pada tahun {tahun}, {kantor} mengukur {indikator} indikator kinerja individu dari {pegawai} pegawai, dengan {rataRata}. Sebaran predikat indikator: {sebaran}. Kelengkapan data {kelengkapan}%.',
    en: 'In {tahun}, {kantor} measured {indikator} individual performance indicators of {pegawai} employees, with {rataRata}. Indicators per rating: {sebaran}. Data completeness {kelengkapan}%.',
  },
  'doc.lkjip.rataRata': {
    id: 'rata-rata capaian kinerja {capaian} dengan predikat {predikat}',
    en: 'a mean performance achievement of {capaian}, rated {predikat}',
  },
  'doc.lkjip.rataRataBelum': {
    id: 'rata-rata capaian kinerja belum dapat dihitung',
    en: 'a mean performance achievement that cannot be computed yet',
  },
  'doc.lkjip.babI': { id: 'BAB I\nPENDAHULUAN', en: 'CHAPTER I\nINTRODUCTION' },
  'doc.lkjip.latarBelakang': { id: '1.1 Latar Belakang', en: '1.1 Background' },
  'doc.lkjip.isi.latarBelakang': {
    id: 'dasar hukum, tugas pokok dan fungsi instansi, dan isu strategis',
    en: 'legal basis, duties and functions of the office, and strategic issues',
  },
  'doc.lkjip.gambaranUmum': { id: '1.2 Gambaran Umum Organisasi', en: '1.2 The Organisation' },
  'doc.lkjip.gambaranUmumTeks': {
    id: '{kantor}{kota}, dipimpin oleh {pimpinan}, dengan {unit} unit kerja dan {pegawai} pegawai yang memiliki Perjanjian Kinerja.',
    en: '{kantor}{kota}, led by {pimpinan}, with {unit} work units and {pegawai} employees holding a Performance Agreement.',
  },
  'doc.lkjip.berkedudukan': { id: ', berkedudukan di {kota}', en: ', based in {kota}' },
  'doc.lkjip.sdm': { id: '1.3 Sumber Daya Manusia', en: '1.3 Human Resources' },
  'doc.lkjip.sistematika': { id: '1.4 Sistematika Penyajian', en: '1.4 Outline' },
  'doc.lkjip.sistematikaTeks': {
    id: 'BAB I Pendahuluan; BAB II Perencanaan Kinerja; BAB III Akuntabilitas Kinerja; BAB IV Penutup; Lampiran: Perjanjian Kinerja yang telah ditandatangani.',
    en: 'Chapter I Introduction; Chapter II Performance Planning; Chapter III Performance Accountability; Chapter IV Closing; Annex: the signed Performance Agreements.',
  },
  'doc.lkjip.babII': { id: 'BAB II\nPERENCANAAN KINERJA', en: 'CHAPTER II\nPERFORMANCE PLANNING' },
  'doc.lkjip.renstra': { id: '2.1 Rencana Strategis', en: '2.1 Strategic Plan' },
  'doc.lkjip.isi.renstra': {
    id: 'visi, misi, tujuan dan sasaran strategis dari Renstra',
    en: 'vision, mission, goals and strategic objectives from the Renstra',
  },
  'doc.lkjip.pk': { id: '2.2 Perjanjian Kinerja Tahun {tahun}', en: '2.2 Performance Agreements {tahun}' },
  'doc.lkjip.ikuTarget': {
    id: 'Indikator Kinerja Utama (IKU) Instansi',
    en: "The Office's Key Performance Indicators (IKU)",
  },
  'doc.lkjip.kaskade': {
    id: 'Kaskade IKU ke Indikator Unit Kerja dan Pegawai',
    en: 'Cascade of the IKU to Work Unit and Employee Indicators',
  },
  'doc.lkjip.pkPegawai': { id: 'Perjanjian Kinerja Pegawai', en: "Employees' Performance Agreements" },
  'doc.lkjip.pkPegawaiTeks': {
    id: 'Target kinerja yang diperjanjikan setiap pegawai dengan atasannya (tab IKI):',
    en: 'The performance targets each employee agreed with their superior (IKI tab):',
  },
  'doc.lkjip.babIII': { id: 'BAB III\nAKUNTABILITAS KINERJA', en: 'CHAPTER III\nPERFORMANCE ACCOUNTABILITY' },
  'doc.lkjip.capaianIku': {
    id: '3.1 Capaian Indikator Kinerja Utama (IKU)',
    en: '3.1 Achievement of the Key Performance Indicators (IKU)',
  },
  'doc.lkjip.trenIku': { id: '3.2 Tren Capaian Triwulan I–IV', en: '3.2 Achievement Trend, Quarters I–IV' },
  'doc.lkjip.tahunLalu': {
    id: '3.3 Perbandingan dengan Tahun Sebelumnya',
    en: '3.3 Comparison with the Previous Year',
  },
  'doc.lkjip.perUnit': { id: '3.4 Capaian Kinerja per Unit Kerja', en: '3.4 Achievement per Work Unit' },
  'doc.lkjip.perPegawai': {
    id: '3.5 Capaian per Pegawai dan Indikator',
    en: '3.5 Achievement per Employee and Indicator',
  },
  'doc.lkjip.catatan': {
    id: '3.6 Kendala, Arahan dan Tindak Lanjut per Triwulan',
    en: '3.6 Obstacles, Directions and Follow-up per Quarter',
  },
  'doc.lkjip.kepatuhan': {
    id: '3.7 Kepatuhan terhadap SOP Pengumpulan Data Kinerja',
    en: '3.7 Compliance with the SOP Pengumpulan Data Kinerja',
  },
  'doc.lkjip.porsi': {
    id: '3.8 Pembagian Target Indikator Hitungan',
    en: '3.8 Division of Count Indicator Targets',
  },
  'doc.lkjip.kepatuhanTeks': {
    id: 'Dari {pegawai} pegawai: PK ditandatangani {pk}, Rencana Aksi diarsipkan {ra}, pengukuran keempat triwulan dilaporkan {dilaporkan} dan dievaluasi {dievaluasi}; {terlambat} langkah SOP melebihi standar waktu.',
    en: 'Of {pegawai} employees: PK signed {pk}, action plan archived {ra}, all four quarters reported {dilaporkan} and evaluated {dievaluasi}; {terlambat} SOP steps went past their time standard.',
  },
  'doc.lkjip.belumMelapor': {
    id: 'Pegawai yang Belum Melaporkan Seluruh Triwulan',
    en: 'Employees Who Have Not Reported Every Quarter',
  },
  'doc.lkjip.kelengkapan': { id: 'Catatan Kelengkapan Data', en: 'Data Completeness Notes' },
  'doc.lkjip.babIV': { id: 'BAB IV\nPENUTUP', en: 'CHAPTER IV\nCLOSING' },
  'doc.lkjip.isi.penutup': {
    id: 'simpulan, permasalahan yang dihadapi dan langkah perbaikan tahun berikutnya',
    en: 'conclusions, problems met and improvements for next year',
  },
  'doc.lkjip.lampiran': {
    id: 'LAMPIRAN\nPERJANJIAN KINERJA YANG TELAH DITANDATANGANI',
    en: 'ANNEX\nSIGNED PERFORMANCE AGREEMENTS',
  },
  'doc.lkjip.lampiranTeks': {
    id: 'Dokumen Perjanjian Kinerja setiap pegawai dapat diperiksa dengan kode verifikasinya:',
    en: 'Each Performance Agreement can be checked by its verification code:',
  },
  'doc.lkjip.belumTtd': { id: 'belum ditandatangani', en: 'not signed' },
  'doc.lkjip.isi.tahunLalu': {
    id: 'analisis perbandingan capaian dengan tahun sebelumnya dan dengan target jangka menengah',
    en: 'analysis of the achievement against the previous year and the medium-term target',
  },
  'doc.tren.rataRataInstansi': { id: 'Rata-rata instansi', en: 'Office mean' },
  'doc.tren.judul': { id: 'Tren Capaian TW I–IV Tahun {tahun}', en: 'Achievement Trend Q I–IV {tahun}' },
  'doc.tren.judulIku': {
    id: 'Capaian per Triwulan: {kode} dan indikator pendukungnya',
    en: 'Achievement per Quarter: {kode} and its supporting indicators',
  },
  'doc.tren.judulKepala': { id: 'Capaian per Triwulan: {jabatan}', en: 'Achievement per Quarter: {jabatan}' },
  'doc.tren.ikuTeks': {
    id: 'Capaian setiap IKU per triwulan (realisasi triwulan terhadap target Rencana Aksi triwulan itu); grafik setiap IKU memuat juga indikator bawahan yang langsung mendukungnya:',
    en: "Achievement of each IKU per quarter (the quarter's realisation against its action plan target); each IKU's chart also shows the subordinates' indicators directly supporting it:",
  },
  'doc.tren.unitTeks': {
    id: 'Rata-rata capaian triwulan (realisasi triwulan terhadap target Rencana Aksi triwulan itu) per unit kerja:',
    en: "Mean quarterly achievement (the quarter's realisation against its action plan target) per work unit:",
  },
  'doc.tren.kepalaTeks': {
    id: 'Capaian setiap indikator kepala unit kerja per triwulan:',
    en: 'Achievement of each indicator of the work unit heads per quarter:',
  },
  'doc.tahunLalu.tanpaIku': {
    id: 'Perbandingan dengan tahun sebelumnya disajikan per IKU; instansi ini belum memiliki IKU.',
    en: 'The comparison with the previous year is made per IKU; this office has no IKU yet.',
  },
  'doc.tahunLalu.membaik': { id: 'membaik', en: 'improved' },
  'doc.tahunLalu.memburuk': { id: 'menurun', en: 'worsened' },
  'doc.tahunLalu.tetap': { id: 'tetap', en: 'unchanged' },
  'doc.tahunLalu.kosong': {
    id: '-: realisasi tahun {tahun} untuk {kode} belum diisi di tab IKI, kolom Realisasi Tahun Lalu. Isi kolom itu untuk membandingkan.',
    en: '-: the {tahun} realisation of {kode} is not filled in (IKI tab, column Realisasi Tahun Lalu). Fill in that column to compare.',
  },
  'doc.pk.pihakKedua': { id: 'PIHAK KEDUA', en: 'PIHAK KEDUA' },
  'doc.pk.berubah': {
    id: 'PERHATIAN: isi dokumen ini berubah setelah ditandatangani. Kode verifikasi di bawah tidak berlaku untuk isi ini.',
    en: 'WARNING: the content of this document changed after it was signed. The verification code below does not hold for this content.',
  },
  'doc.pk.konsep': {
    id: 'KONSEP — belum ditandatangani (status: {status})',
    en: 'DRAFT — not signed (status: {status})',
  },
  'doc.pk.disetujui': { id: 'Disetujui oleh {oleh} pada {waktu}.', en: 'Approved by {oleh} on {waktu}.' },
  'doc.pk.pindaian': { id: 'Pindaian: {pindaian}.', en: 'Scan: {pindaian}.' },
  'doc.pk.kodeVerifikasi': { id: 'Kode verifikasi: {kode}', en: 'Verification code: {kode}' },
  'doc.pk.berubahSejakTtd': {
    id: 'isi telah berubah sejak ditandatangani',
    en: 'the content changed since signing',
  },
  'doc.pk.versi': { id: 'Versi {versi}', en: 'Version {versi}' },
  'doc.pk.menggantikan': {
    id: 'Menggantikan versi {versi} yang ditandatangani pada {tanggal} (kode verifikasi {kode}). Alasan perubahan: {alasan}',
    en: 'Replaces version {versi} signed on {tanggal} (verification code {kode}). Reason for the revision: {alasan}',
  },
  'doc.pk.belumTtd': { id: 'Belum ditandatangani.', en: 'Not signed.' },
  'doc.pk.anggaran': {
    id: 'Program, Kegiatan dan Sub Kegiatan serta Anggaran',
    en: 'Programmes, Activities and Sub-activities with their Budget',
  },
  'doc.pk.lampiran': { id: 'LAMPIRAN {judul}', en: 'ANNEX TO THE {judul}' },
  'doc.ra.targetIndikator': {
    id: 'Target indikator ({agregasi}, untuk capaian)',
    en: 'Indicator target ({agregasi}, for achievement)',
  },
  'doc.ra.alasan': { id: 'Alasan penyimpangan target:', en: 'Reasons the targets depart:' },
  'doc.ra.konsistensi': { id: 'Catatan konsistensi target:', en: 'Target consistency notes:' },
  'capaian.targetNol': {
    id: 'target 0 tidak dapat menjadi pembagi',
    en: 'a target of 0 cannot be divided by',
  },
  'capaian.realisasiNol': {
    id: 'realisasi 0 tidak dapat menjadi pembagi (rumus T/R)',
    en: 'a realisation of 0 cannot be divided by (formula T/R)',
  },
  'capaian.tanpaTarget': { id: 'target periode ini belum ditetapkan', en: 'no target set for this period' },
  'capaian.tanpaRentang': { id: 'Target Atas belum diisi', en: 'Target Atas is empty' },
  'capaian.bukanAngka': {
    id: 'nilai huruf pada indikator berangka',
    en: 'a grade on a numeric indicator',
  },
  'capaian.bukanNilaiSkala': {
    id: 'nilai tidak ada pada skala indikator',
    en: "a value not on the indicator's scale",
  },
  'keadaan.tidakDiukur': { id: 'tidak diukur', en: 'not measured' },
  'keadaan.menungguRilis': { id: 'menunggu rilis', en: 'awaiting release' },
  'keadaan.targetNol': { id: 'target nol', en: 'zero target' },
  'predikat.dasarSebagian': {
    id: 'dari {terhitung} dari {jumlah} indikator',
    en: 'from {terhitung} of {jumlah} indicators',
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type MessageKey = keyof typeof CATALOG;
export type Lang = 'id' | 'en';
