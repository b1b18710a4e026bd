document.body.textContent = "Clientele playground";
